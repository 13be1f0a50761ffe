import ArgumentParser
import Basics
import FoundationEssentials
import Glibc
import Localization
import ProgressStore
import Sync

/// `belajar review`: at the office, the essays waiting for a mentor, and a mentor's grade.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Ulas esai peserta (kantor) / Review learners' essays (office).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Folder berisi paket .bundle / Folder of .bundle files.") var bundles: String?
    @Option(help: "text | json (tanpa --format di terminal: layar ulasan / without it, on a terminal: the review screen)") var format: Format?
    @Option(help: "ID catatan esai yang dinilai / Essay statement id to grade.") var grade: String?
    @Option(help: "Nilai dalam persen 0-100 / Score in percent.") var score: Double?
    @Option(help: "Komentar pengulas / The mentor's comment.") var comment: String = ""
    @Option(help: "NIP pengulas / The mentor's NIP.") var mentor: String?
    @Option(help: "Nama pengulas / The mentor's name.") var mentorName: String?
    @Option(help: "Folder kursus, untuk panduan pengajar di layar / Courses folder, for the trainer's guidance on the screen.")
    var courses: String?
    @Option(help: "Perangkat asal, bila esai dibaca dari LRS / The essay's device, when read from the LRS.") var device: String?
    @OptionGroup var lrs: LRSOptions
    @OptionGroup var options: StoreOptions

    var bookPath: String { Path.join(options.dataFolder, ReviewBook.fileName) }

    func validate() throws {
        if grade != nil, score == nil || mentor == nil || mentorName == nil {
            throw ValidationError("--grade: --score, --mentor, --mentor-name")
        }
    }

    func run() throws {
        try options.reportingSync {
            let desk = try desk()
            if let grade { return try record(grade, at: desk) }
            if format == nil, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 { return try openScreen(desk) }
            try list(try desk.book().waiting(try desk.essays()))
        }
    }

    /// Essays from `--bundles`, else from the LRS; reviews go to the LRS when one is named
    /// (`--lrs`) or when the essays came from it, else they are kept for `office pack`.
    func desk() throws -> ReviewDesk {
        let sends = lrs.lrs != nil || bundles == nil
        do {
            return ReviewDesk(bookPath: bookPath, bundles: bundles, lrs: sends ? try lrs.client(options) : nil, deviceID: device)
        } catch SyncError.lrsMissing where bundles == nil {
            throw SyncError.reviewSourceMissing
        }
    }

    private func record(_ id: String, at desk: ReviewDesk) throws {
        let nip: NIP
        do { nip = try NIP(validating: mentor ?? "") } catch { try options.fail(error.message(in: options.language)) }
        let recorded = try desk.record(id, percent: score ?? 0, comment: comment, mentor: nip, mentorName: mentorName ?? "")
        print(SyncMessage.reviewSaved.text(in: options.language, [
            "review": recorded.entry.review.statementID, "id": recorded.entry.review.essayStatementID,
            "device": recorded.entry.deviceID, "score": Readable.number(score ?? 0, options.language),
        ]))
        if let failure = recorded.sendFailure { throw failure }
        guard let sent = recorded.sent, let client = desk.lrs else { return }
        print(SyncMessage.reviewSent.text(in: options.language, ["count": "\(sent)", "url": client.endpoint.display]))
    }

    private func list(_ waiting: [EssayAnswer]) throws {
        switch format ?? .text {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(waiting), as: UTF8.self))
        case .text:
            guard !waiting.isEmpty else { return print(SyncMessage.reviewNoneWaiting.text(in: options.language)) }
            let header = SyncMessage.reviewListHeader.text(in: options.language).split(separator: "|").map(String.init)
            print(TextTable.render([header] + waiting.map {
                [$0.statementID, $0.learnerNIP, $0.learnerName, $0.questionName, String($0.answeredAt.prefix(16))]
            }))
        }
    }
}
