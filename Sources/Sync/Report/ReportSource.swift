import Basics
import FoundationEssentials
import Glibc
import Localization

/// Where the report's statements come from: an LRS, or a folder of bundles from USB sticks.
/// Both are read one page or one statement at a time into a `ReportTally`.
public enum ReportSource {
    /// The verbs the report reads: completions (of courses, and of modules for the start date),
    /// passes (scores), module openings (the first thing a learner does in a course), and
    /// registrations (a learner added, or their name, agency or unit changed: so someone who
    /// never opened anything is still listed, with their latest agency and unit). Answers and
    /// attempts, most of an LRS's statements, are never fetched.
    static let verbs = [JPReport.completed, JPReport.passed, JPReport.experienced, JPReport.registered]
    static let pageSize = 1000

    /// For a report of `year`: statements stored since the first day of the year before (a
    /// statement is stored after it was made, and a course completed in January was started
    /// earlier), in the earliest time zone. `storedUntil` (xAPI `until`) makes a report that
    /// later deliveries do not change.
    public static func query(verb: String, year: Int?, storedUntil: String?) -> [(name: String, value: String)] {
        var query = [(name: "verb", value: verb), (name: "limit", value: String(pageSize))]
        if let year { query.append((name: "since", value: Readable.padded(year - 1, digits: 4) + "-01-01T00:00:00+14:00")) }
        if let storedUntil { query.append((name: "until", value: storedUntil)) }
        return query
    }

    public static func tally(lrs: LRSClient, year: Int?, storedUntil: String? = nil, fallback: TimeZone) throws -> ReportTally {
        var tally = ReportTally(fallback: fallback)
        for verb in verbs {
            try lrs.statements(matching: query(verb: verb, year: year, storedUntil: storedUntil),
                               as: Lenient<RecordedStatement>.self) { page in
                page.forEach { tally.add($0.value) }
            }
        }
        return tally
    }

    /// Every statement of every verified bundle in `folder`; a bundle counts only once all its
    /// checks passed, and bundles that fail are left out and returned as refused. Under trust on
    /// first use, the first key seen for a device in the folder is the one its other bundles
    /// must carry.
    public static func tally(bundlesIn folder: String, trust: TrustPolicy, fallback: TimeZone) throws
        -> (tally: ReportTally, refused: [SyncError]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".bundle") }.sorted()
        } catch {
            throw SyncError.fileMissing(path: folder)
        }
        var tally = ReportTally(fallback: fallback)
        var firstKeys: [String: String] = [:]
        var refused: [SyncError] = []
        for name in names {
            let path = Path.join(folder, name)
            var bundle = ReportTally(fallback: fallback)
            do {
                let header = try BundleStream.read(path: path, trust: trust, header: { header in
                    let manifest = header.manifest
                    if let first = firstKeys[manifest.deviceID], first != manifest.publicKey {
                        throw BundleProblem.keyMismatch(deviceID: manifest.deviceID)
                    }
                }) { bundle.add(json: $0.json) }
                firstKeys[header.manifest.deviceID] = header.manifest.publicKey
                tally.merge(bundle)
            } catch let error as SyncError {
                refused.append(error)
            }
        }
        return (tally, refused)
    }
}

/// A list element that may be anything: an LRS holds other tools' statements too, and one the
/// report cannot read must not fail the page it came in.
struct Lenient<Wrapped: Decodable & Sendable>: Decodable, Sendable {
    var value: Wrapped?

    init(from decoder: any Decoder) throws {
        value = try? Wrapped(from: decoder)
    }
}
