import FoundationEssentials
import SQLite

/// Device-wide settings kept in the store, so every learner and every copy of belajar agrees.
public enum Setting: String, Sendable, CaseIterable {
    /// Names this device in bundles; made once, when the store is created.
    case deviceID = "device.id"
    /// Yearly JP target; ASN law sets at least 20, an agency may set more.
    case yearlyTargetJP = "jp.yearlyTarget"
    /// The `homePage` of the learner's xAPI account, whose `name` is the NIP.
    case actorHomePage = "xapi.actorHomePage"
    /// Activity ids are IRIs under this base.
    case activityBase = "xapi.activityBase"
    /// The NIP of the learner who used the app last: the learner picker starts on them.
    case lastLearner = "app.lastLearner"
    /// `yes`: every learner must have a PIN (the app asks those without one to set it).
    case pinRequired = "learner.pinRequired"
    /// The number of the last office package this device applied; 0 before the first.
    case lastOfficePackage = "office.lastPackage"

    public var defaultValue: String {
        switch self {
        case .deviceID: ""
        case .yearlyTargetJP: "20"
        case .actorHomePage: "https://siasn.bkn.go.id"
        case .activityBase: "https://belajar.asn.go.id/xapi"
        case .lastLearner: ""
        case .pinRequired: "no"
        case .lastOfficePackage: "0"
        }
    }

    static func isYes(_ value: String) -> Bool {
        ["yes", "true", "1", "ya"].contains(value.lowercased())
    }
}

extension ProgressStore {
    public func setting(_ setting: Setting) throws -> String {
        try read { db in try Self.setting(setting, db) }
    }

    public func set(_ setting: Setting, to value: String) throws {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                           arguments: [setting.rawValue, value])
        }
    }

    static func setting(_ setting: Setting, _ db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [setting.rawValue])
            ?? setting.defaultValue
    }
}
