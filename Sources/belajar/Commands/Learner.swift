import ArgumentParser
import Foundation
import ProgressStore

/// `belajar learner add|list|remove`: the people who learn on this device.
struct LearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learner", abstract: "Kelola peserta di perangkat ini / Manage the learners on this device.",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Tambah peserta / Add a learner.")

        @Argument(help: "NIP, 18 angka / 18 digits (spasi, titik, tanda hubung boleh / spaces, dots, dashes allowed).")
        var nip: [String]
        @Option(help: "Nama lengkap / Full name.") var name: String
        @Option(help: "Instansi / Agency.") var agency: String?
        @Option(help: "Unit kerja / Unit.") var unit: String?
        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore { store in
                let nip = try NIP(validating: nip.joined())
                for warning in nip.warnings() { options.warn(warning.message(in: options.language)) }
                try store.addLearner(Learner(nip: nip, name: name, agency: agency, unit: unit))
                Output.line(StoreMessage.learnerAdded.text(in: options.language, ["name": name, "nip": nip.grouped]))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Daftar peserta / List learners.")

        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore { store in
                let learners = try store.learners()
                guard !learners.isEmpty else { return Output.line(StoreMessage.noLearners.text(in: options.language)) }
                let heading = [StoreMessage.headingNIP, .headingName, .headingAgency, .headingUnit]
                    .map { $0.text(in: options.language) }
                let rows = learners.map { [$0.nip.grouped, $0.name, $0.agency ?? "", $0.unit ?? ""] }
                Output.line(TextTable.render([heading] + rows))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hapus peserta dari daftar; catatannya tetap disimpan / Remove a learner from the list; their records are kept.")

        @Argument(help: "NIP") var nip: [String]
        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore { store in
                let nip = try NIP(validating: nip.joined())
                try store.removeLearner(nip)
                Output.line(StoreMessage.learnerRemoved.text(in: options.language, ["nip": nip.grouped]))
            }
        }
    }
}
