import CourseKit
import Foundation

/// The xAPI 1.0.3 rules (Data, section 2.4) a strict LRS applies to the parts of a statement
/// belajar writes, checked without an LRS: so a shape is known valid everywhere, not only where
/// Ralph is lenient. Returns what breaks a rule, as `path: rule`; empty when none does.
enum XAPIRules {
    static func violations(_ statement: [String: Any]) -> [String] {
        var found: [String] = []
        func fail(_ path: String, _ rule: String) { found.append("\(path): \(rule)") }
        let allowed: Set = ["id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority",
                            "version", "attachments"]
        statement.keys.filter { !allowed.contains($0) }.forEach { fail($0, "not a statement property") }
        if let id = statement["id"] { if !isUUID(id) { fail("id", "not a UUID") } }
        agent(statement["actor"], "actor", fail)
        guard let verb = statement["verb"] as? [String: Any] else { fail("verb", "missing"); return found }
        if !isIRI(verb["id"]) { fail("verb.id", "not an IRI") }
        if let display = verb["display"] { languageMap(display, "verb.display", fail) }
        let isActivity = activity(statement["object"], "object", fail)
        if let result = statement["result"] { self.result(result, fail) }
        if let context = statement["context"] { self.context(context, objectIsActivity: isActivity, fail) }
        if let timestamp = statement["timestamp"] { if !isTimestamp(timestamp) { fail("timestamp", "not ISO 8601 with a time zone") } }
        return found
    }

    private typealias Fail = (String, String) -> Void

    private static func agent(_ value: Any?, _ path: String, _ fail: Fail) {
        guard let agent = value as? [String: Any] else { return fail(path, "missing") }
        if let type = agent["objectType"], type as? String != "Agent" { fail("\(path).objectType", "not Agent") }
        let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"].filter { agent[$0] != nil }
        if identifiers.count != 1 { fail(path, "needs exactly one inverse functional identifier") }
        if let name = agent["name"], !(name is String) { fail("\(path).name", "not a string") }
        guard let account = agent["account"] else { return }
        guard let fields = account as? [String: Any], Set(fields.keys) == ["homePage", "name"] else {
            return fail("\(path).account", "needs exactly homePage and name")
        }
        if !isIRL(fields["homePage"]) { fail("\(path).account.homePage", "not an IRL") }
        if (fields["name"] as? String)?.isEmpty != false { fail("\(path).account.name", "not a string") }
    }

    /// Whether the object is an Activity (revision and platform are allowed only then).
    private static func activity(_ value: Any?, _ path: String, _ fail: Fail) -> Bool {
        guard let activity = value as? [String: Any] else { fail(path, "missing"); return false }
        if let type = activity["objectType"], type as? String != "Activity" { fail("\(path).objectType", "not Activity"); return false }
        if !isIRI(activity["id"]) { fail("\(path).id", "not an IRI") }
        guard let definition = activity["definition"] else { return true }
        guard let fields = definition as? [String: Any] else { fail("\(path).definition", "not an object"); return true }
        for key in ["name", "description"] { if let map = fields[key] { languageMap(map, "\(path).definition.\(key)", fail) } }
        if let type = fields["type"], !isIRI(type) { fail("\(path).definition.type", "not an IRI") }
        interaction(fields, "\(path).definition", fail)
        if let extensions = fields["extensions"] { self.extensions(extensions, "\(path).definition.extensions", fail) }
        return true
    }

    private static func interaction(_ definition: [String: Any], _ path: String, _ fail: Fail) {
        let components = ["choices", "scale", "source", "target", "steps"]
        guard let kind = definition["interactionType"] else {
            if definition["correctResponsesPattern"] != nil || components.contains(where: { definition[$0] != nil }) {
                fail(path, "interaction properties without interactionType")
            }
            return
        }
        let allowed: [String: Set<String>] = [
            "true-false": [], "choice": ["choices"], "fill-in": [], "long-fill-in": [], "matching": ["source", "target"],
            "performance": ["steps"], "sequencing": ["choices"], "likert": ["scale"], "numeric": [], "other": [],
        ]
        guard let kindName = kind as? String, let permitted = allowed[kindName] else {
            return fail("\(path).interactionType", "not an xAPI interaction type")
        }
        if let pattern = definition["correctResponsesPattern"], !((pattern as? [Any])?.allSatisfy { $0 is String } ?? false) {
            fail("\(path).correctResponsesPattern", "not an array of strings")
        }
        for key in components where definition[key] != nil {
            guard permitted.contains(key) else { fail("\(path).\(key)", "not allowed for \(kindName)"); continue }
            let list = definition[key] as? [[String: Any]] ?? []
            let ids = list.compactMap { $0["id"] as? String }
            if ids.count != list.count || Set(ids).count != ids.count { fail("\(path).\(key)", "component ids missing or repeated") }
            for (index, component) in list.enumerated() {
                if let description = component["description"] { languageMap(description, "\(path).\(key)[\(index)].description", fail) }
            }
        }
    }

    private static func result(_ value: Any, _ fail: Fail) {
        guard let result = value as? [String: Any] else { return fail("result", "not an object") }
        if let score = result["score"] as? [String: Any] {
            let number = { (key: String) in (score[key] as? NSNumber)?.doubleValue }
            if let scaled = number("scaled"), !(-1...1).contains(scaled) { fail("result.score.scaled", "outside -1...1") }
            if let low = number("min"), let high = number("max"), low >= high { fail("result.score", "min not below max") }
            if let raw = number("raw") {
                if let low = number("min"), raw < low { fail("result.score.raw", "below min") }
                if let high = number("max"), raw > high { fail("result.score.raw", "above max") }
            }
        }
        for key in ["success", "completion"] where result[key] != nil {
            if !(result[key] is Bool) { fail("result.\(key)", "not a boolean") }
        }
        if let response = result["response"], !(response is String) { fail("result.response", "not a string") }
        if let duration = result["duration"] { if !isDuration(duration) { fail("result.duration", "not an ISO 8601 duration") } }
        if let extensions = result["extensions"] { self.extensions(extensions, "result.extensions", fail) }
    }

    private static func context(_ value: Any, objectIsActivity: Bool, _ fail: Fail) {
        guard let context = value as? [String: Any] else { return fail("context", "not an object") }
        if let registration = context["registration"], !isUUID(registration) { fail("context.registration", "not a UUID") }
        if let activities = context["contextActivities"] as? [String: Any] {
            for (key, list) in activities {
                guard ["parent", "grouping", "category", "other"].contains(key) else {
                    fail("context.contextActivities.\(key)", "not a context activity type"); continue
                }
                guard let array = list as? [Any] else { fail("context.contextActivities.\(key)", "not an array"); continue }
                for (index, item) in array.enumerated() { _ = activity(item, "context.contextActivities.\(key)[\(index)]", fail) }
            }
        }
        if !objectIsActivity, context["revision"] != nil || context["platform"] != nil {
            fail("context", "revision and platform only when the object is an Activity")
        }
        if let language = context["language"], !((language as? String).map(LanguageTag.isWellFormed) ?? false) {
            fail("context.language", "not a BCP 47 tag")
        }
        if let extensions = context["extensions"] { self.extensions(extensions, "context.extensions", fail) }
    }

    private static func languageMap(_ value: Any, _ path: String, _ fail: Fail) {
        guard let map = value as? [String: Any], !map.isEmpty else { return fail(path, "not a language map") }
        for (key, text) in map {
            if !LanguageTag.isWellFormed(key) { fail(path, "key '\(key)' is not a BCP 47 tag") }
            if !(text is String) { fail(path, "value of '\(key)' is not a string") }
        }
    }

    private static func extensions(_ value: Any, _ path: String, _ fail: Fail) {
        guard let map = value as? [String: Any] else { return fail(path, "not an object") }
        map.keys.filter { !isIRI($0) }.forEach { fail(path, "key '\($0)' is not an IRI") }
    }

    static func isUUID(_ value: Any) -> Bool {
        (value as? String)?.wholeMatch(of: /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}/) != nil
    }

    static func isIRI(_ value: Any?) -> Bool {
        guard let text = value as? String else { return false }
        return text.wholeMatch(of: /[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>"{}|\\^`]+/) != nil
    }

    static func isIRL(_ value: Any?) -> Bool {
        isIRI(value) && ((value as? String)?.hasPrefix("http://") == true || (value as? String)?.hasPrefix("https://") == true)
    }

    /// xAPI asks for an ISO 8601 timestamp and says an LRS must read one without a zone as UTC,
    /// but a strict LRS (and the report's calendar) wants the zone: required here.
    static func isTimestamp(_ value: Any) -> Bool {
        (value as? String)?.wholeMatch(
            of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/) != nil
    }

    static func isDuration(_ value: Any) -> Bool {
        guard let text = value as? String, text != "P", text != "PT", !text.hasSuffix("T") else { return false }
        return text.wholeMatch(of: /P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?/) != nil
    }
}
