import ArgumentParser

/// The composition root: each subcommand lives in its own file under Commands/ and is listed here.
/// `belajar` with no subcommand opens the learner's app.
@main
struct Belajar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "belajar",
        abstract: "Belajar mandiri tanpa internet untuk ASN / Offline learning for ASN.",
        version: Version.current,
        subcommands: [
            Open.self,
            Check.self,
            List.self,
            Render.self,
            LearnerCommand.self,
            ProgressCommand.self,
            DeviceCommand.self,
            ExportCommand.self,
            GiftCommand.self,
            PushCommand.self,
            ImportCommand.self,
            ReportCommand.self,
            SettingCommand.self,
            MarkdownProbe.self,
            OfficeCommand.self,
            ReviewCommand.self,
            ReceiveCommand.self,
        ],
        defaultSubcommand: Open.self
    )
}
