import ArgumentParser
import FoundationEssentials
import Glibc
import ProgressStore

/// `belajar learner add|list|remove|set-pin|reset-pin|resets`: the people who learn on this device.
struct LearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learner", abstract: "Kelola peserta di perangkat ini / Manage the learners on this device.",
        subcommands: [Add.self, List.self, Remove.self, SetPIN.self, ResetPIN.self, Resets.self])

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

    struct SetPIN: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-pin",
            abstract: "Atur PIN peserta, dibaca dari masukan standar / Set a learner's PIN, read from standard input.")

        @Argument(help: "NIP") var nip: [String]
        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore { store in
                let nip = try NIP(validating: nip.joined())
                // Never an argument: it would show in the process list and the shell's history.
                let pin = HiddenLine.read(prompt: "PIN: ") ?? ""
                try store.setPIN(pin, for: nip)
                print(StoreMessage.pinSet.text(in: options.language, ["nip": nip.grouped]))
            }
        }
    }

    struct ResetPIN: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-pin",
            abstract: "Untuk kantor: hapus PIN yang terlupa, dengan alasan yang dicatat / For the office: take off a forgotten PIN, with a recorded reason.")

        @Argument(help: "NIP") var nip: [String]
        @Option(help: "Alasan, dicatat di penyimpanan / Reason, recorded in the store.") var reason: String = ""
        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore { store in
                let nip = try NIP(validating: nip.joined())
                try store.resetPIN(of: nip, reason: reason)
                print(StoreMessage.pinResetDone.text(in: options.language, ["nip": nip.grouped, "reason": reason]))
            }
        }
    }

    struct Resets: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Daftar PIN yang pernah diatur ulang / Every PIN reset on this device.")

        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore { store in
                let resets = try store.pinResets()
                guard !resets.isEmpty else { return print(StoreMessage.pinResetsNone.text(in: options.language)) }
                print(TextTable.render(resets.map { [$0.at.formatted(.iso8601), $0.nip.grouped, $0.osUser, $0.reason] }))
            }
        }
    }
}
