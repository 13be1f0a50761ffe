import ArgumentParser
import Basics
import FoundationEssentials
import Localization
import ProgressStore
import Sync

/// `belajar review`: at the office, the essays waiting for a mentor, and a mentor's grade.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Ulas esai peserta (kantor) / Review learners' essays (office).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Folder berisi paket .bundle / Folder of .bundle files.") var bundles: String?
    @Option(help: "text | json") var format: Format = .text
    @Option(help: "ID catatan esai yang dinilai / Essay statement id to grade.") var grade: String?
    @Option(help: "Nilai dalam persen 0-100 / Score in percent.") var score: Double?
    @Option(help: "Komentar pengulas / The mentor's comment.") var comment: String = ""
    @Option(help: "NIP pengulas / The mentor's NIP.") var mentor: String?
    @Option(help: "Nama pengulas / The mentor's name.") var mentorName: String?
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
            var book = try ReviewBook.load(path: bookPath)
            let essays = try bundles.map { try EssayAnswer.inBundles(folder: $0) } ?? EssayAnswer.inLRS(try lrs.client(options))
            if let grade { return try record(grade, in: essays, book: &book) }
            try list(book.waiting(essays))
        }
    }

    private func record(_ id: String, in essays: [EssayAnswer], book: inout ReviewBook) throws {
        guard let essay = essays.first(where: { $0.statementID == id.lowercased() }) else {
            throw SyncError.reviewEssayUnknown(statement: id)
        }
        let nip: NIP
        do { nip = try NIP(validating: mentor ?? "") } catch { try options.fail(error.message(in: options.language)) }
        let entry = try book.grade(essay, deviceID: device, percent: score ?? 0, comment: comment, mentor: nip,
                                   mentorName: mentorName ?? "")
        try book.save(path: bookPath)
        print(SyncMessage.reviewSaved.text(in: options.language, [
            "review": entry.review.statementID, "id": essay.statementID, "device": entry.deviceID,
            "score": Readable.number(score ?? 0, options.language),
        ]))
        guard lrs.lrs != nil || bundles == nil else { return }
        let client = try lrs.client(options)
        let sent = try book.send(to: client, save: bookPath)
        print(SyncMessage.reviewSent.text(in: options.language, ["count": "\(sent)", "url": client.endpoint.display]))
    }

    private func list(_ waiting: [EssayAnswer]) throws {
        switch format {
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
