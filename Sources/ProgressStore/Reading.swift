import CourseKit
import FoundationEssentials
import SQLite

/// Where a learner is in one module.
public struct ModuleReading: Sendable, Hashable {
    public var moduleId: String
    public var firstOpenedAt: Date
    /// Where to reopen, in the caller's unit (the app keeps ten-thousandths of the module, which
    /// survive a change of terminal width); `furthestPosition` is the largest one reached.
    public var lastPosition: Int
    public var furthestPosition: Int
    /// Time spent with the module open and the learner active, idle gaps capped.
    public var activeSeconds: Double
    public var readToEndAt: Date?

    init(row: Row) {
        moduleId = row["moduleId"]
        firstOpenedAt = Timestamp.date(row["firstOpenedAt"]) ?? .distantPast
        lastPosition = row["lastPosition"]
        furthestPosition = row["furthestPosition"]
        activeSeconds = row["activeSeconds"]
        readToEndAt = (row["readToEndAt"] as String?).flatMap(Timestamp.date)
    }
}

extension CourseRecorder {
    /// The learner opens a module: a new reading session starts, so time away is not counted.
    @discardableResult
    public func open(module moduleId: String) throws -> ModuleReading {
        let module = try module(moduleId)
        let date = store.clock()
        return try store.write { db in
            try db.execute(sql: """
                INSERT INTO reading (learnerNIP, courseId, moduleId, firstOpenedAt, lastActiveAt) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO UPDATE SET lastActiveAt = excluded.lastActiveAt
                """, arguments: arguments + [module.id, Timestamp.text(date), Timestamp.text(date)])
            try enqueue(builder.moduleOpened(event(at: date), module: module, course: course), db)
            return try reading(module.id, db)!
        }
    }

    /// The learner moved (or pressed a key) in the module: active time grows by the gap since the
    /// last activity, at most `idleCap`. Not an xAPI event: positions are too many to send.
    public func move(module moduleId: String, to position: Int) throws {
        let module = try module(moduleId)
        let date = store.clock()
        try store.write { db in
            guard let last = try String.fetchOne(db, sql: "SELECT lastActiveAt FROM reading WHERE learnerNIP = ? AND courseId = ? AND moduleId = ?",
                                                 arguments: arguments + [module.id]).flatMap(Timestamp.date) else { return }
            let gap = min(Self.idleCap, max(0, date.timeIntervalSince(last)))
            try db.execute(sql: """
                UPDATE reading SET lastPosition = ?, furthestPosition = max(furthestPosition, ?),
                    activeSeconds = activeSeconds + ?, lastActiveAt = ?
                WHERE learnerNIP = ? AND courseId = ? AND moduleId = ?
                """, arguments: [position, position, gap, Timestamp.text(date)] + arguments + [module.id])
        }
    }

    /// The learner reached the end of the module. The first time counts: its statement is sent
    /// once, and the course may be complete now.
    @discardableResult
    public func readToEnd(module moduleId: String) throws -> CourseCompletion? {
        let module = try module(moduleId)
        let date = store.clock()
        return try store.write { db in
            if try reading(module.id, db)?.readToEndAt != nil { return nil }
            let now = Timestamp.text(date)
            try db.execute(sql: """
                INSERT INTO reading (learnerNIP, courseId, moduleId, firstOpenedAt, lastActiveAt, readToEndAt)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO UPDATE SET readToEndAt = excluded.readToEndAt
                """, arguments: arguments + [module.id, now, now, now])
            try enqueue(builder.moduleRead(event(at: date), module: module, course: course), db)
            return try completeIfDone(at: date, db)
        }
    }

    public func reading(module moduleId: String) throws -> ModuleReading? {
        try store.read { db in try reading(moduleId, db) }
    }

    func reading(_ moduleId: String, _ db: Database) throws -> ModuleReading? {
        try Row.fetchOne(db, sql: "SELECT * FROM reading WHERE learnerNIP = ? AND courseId = ? AND moduleId = ?",
                         arguments: arguments + [moduleId]).map(ModuleReading.init)
    }
}
