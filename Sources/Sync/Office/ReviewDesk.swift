import FoundationEssentials
import ProgressStore

/// Where a mentor at the office works: the essays (from a folder of bundles, else from the LRS),
/// the review book in the office's data folder, and the LRS the reviews go to (nil: they are kept
/// for `belajar office pack` only). `belajar review --grade` and the review screen both record
/// through `record`, so the two cannot differ.
public struct ReviewDesk: Sendable {
    public var bookPath: String
    /// A folder of `.bundle` files; nil: the essays are read from `lrs`.
    public var bundles: String?
    public var lrs: LRSClient?
    /// The device of essays read from the LRS, where the statements do not say it.
    public var deviceID: String?

    public init(bookPath: String, bundles: String?, lrs: LRSClient?, deviceID: String? = nil) {
        self.bookPath = bookPath
        self.bundles = bundles
        self.lrs = lrs
        self.deviceID = deviceID
    }

    /// What became of a review once recorded: it is in the book whatever the LRS answered.
    public struct Recorded: Sendable {
        public var entry: ReviewBook.Entry
        /// Review statements the LRS acknowledged now (earlier unsent ones included); nil
        /// when the desk has no LRS.
        public var sent: Int?
        /// Why the LRS did not take them: they stay in the book and go with the next send.
        public var sendFailure: SyncError?
    }

    public func essays() throws -> [EssayAnswer] {
        if let bundles { return try EssayAnswer.inBundles(folder: bundles) }
        guard let lrs else { throw SyncError.lrsMissing }
        return try EssayAnswer.inLRS(lrs)
    }

    public func book() throws -> ReviewBook { try ReviewBook.load(path: bookPath) }

    /// Grades the essay whose answer statement is `essayID`, saves the book, then sends what the
    /// LRS has not acknowledged yet. `essays` saves reading them again when the caller has them.
    public func record(_ essayID: String, percent: Double, comment: String, mentor: NIP, mentorName: String,
                       essays known: [EssayAnswer]? = nil) throws -> Recorded {
        let essays = try known ?? essays()
        guard let essay = essays.first(where: { $0.statementID == essayID.lowercased() }) else {
            throw SyncError.reviewEssayUnknown(statement: essayID)
        }
        var book = try book()
        let entry = try book.grade(essay, deviceID: deviceID, percent: percent, comment: comment, mentor: mentor,
                                   mentorName: mentorName)
        try book.save(path: bookPath)
        guard let lrs else { return Recorded(entry: entry) }
        do {
            return Recorded(entry: entry, sent: try book.send(to: lrs, save: bookPath))
        } catch let failure as SyncError {
            return Recorded(entry: entry, sent: 0, sendFailure: failure)
        }
    }
}
