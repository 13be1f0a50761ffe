import FoundationEssentials

/// Verbs and activity types from the ADL vocabulary (http://adlnet.gov/expapi/), which every
/// LRS and report tool knows.
extension Verb {
    public static let experienced = adl("experienced")
    public static let completed = adl("completed")
    public static let attempted = adl("attempted")
    public static let answered = adl("answered")
    public static let passed = adl("passed")
    public static let failed = adl("failed")
    public static let commented = adl("commented")
    /// ADL: "officially enrolled or inducted in an activity": a learner joining belajar's
    /// programme on a device, or their name, agency or unit changing there.
    public static let registered = adl("registered")

    private static func adl(_ word: String) -> Verb {
        Verb(id: "http://adlnet.gov/expapi/verbs/\(word)", display: ["en-US": word])
    }
}

public enum ActivityType {
    public static let course = adl("course")
    public static let module = adl("module")
    public static let assessment = adl("assessment")
    public static let interaction = adl("cmi.interaction")

    private static func adl(_ word: String) -> String { "http://adlnet.gov/expapi/activities/\(word)" }
}

/// belajar's programme, the activity a learner is registered in: ADL has no activity type for a
/// programme of courses (and `course` would make the office count it as one), so its type is an
/// IRI of belajar's own under the activity base.
public enum Programme {
    public static let name = ["id": "Program belajar ASN", "en-US": "belajar ASN programme"]

    static func id(base: String) -> String { "\(base)/programme" }
    static func type(base: String) -> String { "\(base)/activitytypes/programme" }
}

/// The certificate number of a course completion: made from the completion statement's own id,
/// so the learner's screen, the LRS and the office's report show the same number without a
/// central counter.
public enum Certificate {
    public static func number(statementID: UUID, timestamp: String) -> String {
        "BLJ-\(timestamp.prefix(4))-\(statementID.uuidString.prefix(8).uppercased())"
    }
}
