import Basics
import FoundationEssentials
import Glibc
import ProgressStore
import XAPI

/// The office's reviews, in `office-reviews.json` in its data folder: each review with the
/// device it goes back to and its statement's exact bytes, which are what the LRS receives.
public struct ReviewBook: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var review: OfficeReview
        public var deviceID: String
        /// The review statement as made, one line of JSON.
        public var statement: String
        /// The LRS that acknowledged the statement, nil until one did.
        public var sentTo: String?
    }

    public var entries: [Entry] = []

    public static let fileName = "office-reviews.json"

    public init() {}

    public static func load(path: String) throws -> ReviewBook {
        guard FileManager.default.fileExists(atPath: path) else { return ReviewBook() }
        guard let data = FileManager.default.contents(atPath: path) else { throw SyncError.filePermission(path: path) }
        guard let book = try? JSONDecoder().decode(ReviewBook.self, from: data) else {
            throw SyncError.fileFailure(path: path, detail: "JSON")
        }
        return book
    }

    public func save(path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self), to: path)
    }

    /// Records a mentor's grade of `essay`: `percent` 0...100. Grading again adds a newer review;
    /// the device keeps the latest one.
    public mutating func grade(_ essay: EssayAnswer, deviceID: String?, percent: Double, comment: String,
                               mentor: NIP, mentorName: String, id: UUID = UUID(), now: Date = Date()) throws -> Entry {
        guard (0...100).contains(percent) else { throw SyncError.reviewScore(String(percent)) }
        guard let device = deviceID ?? essay.deviceID else { throw SyncError.reviewDeviceUnknown(statement: essay.statementID) }
        let name = mentorName.trimmed
        guard !name.isEmpty else { throw SyncError.reviewMentorName }
        let timestamp = Exporter.timestamp(now)
        let statement = ReviewStatement(id: id, timestamp: timestamp, mentorNIP: mentor.digits, mentorName: name,
                                        essay: essay.reference, scaled: percent / 100, comment: comment)
        let review = OfficeReview(statementID: statement.id, essayStatementID: essay.statementID,
                                  learnerNIP: essay.learnerNIP, scaled: statement.result.score?.scaled ?? 0,
                                  comment: comment, mentorNIP: mentor.digits, mentorName: name, reviewedAt: timestamp)
        let entry = Entry(review: review, deviceID: device,
                          statement: String(decoding: try statement.json(), as: UTF8.self))
        entries.append(entry)
        return entry
    }

    /// The essays no review answers yet, oldest first.
    public func waiting(_ essays: [EssayAnswer]) -> [EssayAnswer] {
        let reviewed = Set(entries.map(\.review.essayStatementID))
        return essays.filter { !reviewed.contains($0.statementID) }.sorted { $0.answeredAt < $1.answeredAt }
    }

    /// Every review for `deviceID`: a package carries them all, so a package lost on the way
    /// loses nothing the next one does not bring.
    public func reviews(for deviceID: String) -> [OfficeReview] {
        entries.filter { $0.deviceID == deviceID }.map(\.review)
    }

    public var devices: Set<String> { Set(entries.map(\.deviceID)) }

    /// Sends the statements no LRS acknowledged yet, marking each batch as it is acknowledged.
    public mutating func send(to lrs: LRSClient, save path: String) throws -> Int {
        let pending = entries.indices.filter { entries[$0].sentTo == nil }
        let statements = pending.map { BundledStatement(id: entries[$0].review.statementID, json: Data(entries[$0].statement.utf8)) }
        var sent = 0
        try lrs.post(statements, batchSize: LRSClient.defaultBatchSize) { batch in
            for index in pending[sent..<sent + batch.count] { entries[index].sentTo = lrs.endpoint.display }
            sent += batch.count
            try save(path: path)
        }
        return sent
    }
}
