import Foundation
import SQLite

/// What a store must show after any crash: SQLite's own checks pass, every commit the writer
/// logged is there, and no event lacks its statement or an attempt part of its answers.
enum Audit {
    static func problems(store path: String, log: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { queue.close() }
        return try queue.read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems.append("integrity_check: \(integrity)") }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !foreignKeys.isEmpty { problems.append("foreign_key_check: \(foreignKeys)") }
            guard try db.tableExists("attempt") else {
                return problems + (logged(log).isEmpty ? [] : ["logged commits but no schema"])
            }
            problems += try missing(logged(log), db)
            problems += try incomplete(db)
            let resumable = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT learnerNIP FROM attempt WHERE finishedAt IS NULL
                                      GROUP BY learnerNIP HAVING count(*) > 1)
                """)!
            if resumable > 0 { problems.append("a learner has two unfinished attempts") }
            return problems
        }
    }

    static func logged(_ log: String) -> [[Substring]] {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { $0.split(separator: " ") }
    }

    private static func missing(_ lines: [[Substring]], _ db: Database) throws -> [String] {
        try lines.compactMap { line -> String? in
            let found: Bool
            switch line.first {
            case "start": found = try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM attempt WHERE id = ?", arguments: [String(line[1])])!
            case "answer": found = try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM answer WHERE attemptId = ? AND questionId = ?",
                                                     arguments: [String(line[1]), String(line[2])])!
            case "finish": found = try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM attempt WHERE id = ? AND finishedAt IS NOT NULL",
                                                     arguments: [String(line[1])])!
            default: found = true
            }
            return found ? nil : "logged but missing: \(line.joined(separator: " "))"
        }
    }

    /// Each attempt has its started statement, one answered statement per answer, and, once
    /// finished, all its answers and its passed or failed statement.
    private static func incomplete(_ db: Database) throws -> [String] {
        var counts: [String: [String: Int]] = [:]
        for json in try Data.fetchAll(db, sql: "SELECT json FROM statement WHERE verb NOT LIKE '%experienced'") {
            let statement = try JSONSerialization.jsonObject(with: json) as? [String: Any]
            let verb = ((statement?["verb"] as? [String: Any])?["id"] as? String)?.split(separator: "/").last.map(String.init) ?? "?"
            let registration = (statement?["context"] as? [String: Any])?["registration"] as? String ?? "?"
            counts[registration, default: [:]][verb, default: 0] += 1
        }
        return try Row.fetchAll(db, sql: """
            SELECT registration, finishedAt IS NOT NULL AS finished,
                   (SELECT count(*) FROM answer WHERE attemptId = attempt.id) AS answers
            FROM attempt
            """).compactMap { row -> String? in
            let registration: String = row["registration"]
            let finished: Bool = row["finished"]
            let answers: Int = row["answers"]
            let verbs = counts[registration] ?? [:]
            let outcome = (verbs["passed"] ?? 0) + (verbs["failed"] ?? 0)
            let whole = verbs["attempted"] == 1 && (verbs["answered"] ?? 0) == answers
                && outcome == (finished ? 1 : 0) && (!finished || answers == 3)
            return whole ? nil : "attempt \(registration): finished \(finished), \(answers) answers, statements \(verbs)"
        }
    }
}
