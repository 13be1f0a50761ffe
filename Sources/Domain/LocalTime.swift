import Basics
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Time zones through the C library and the system's zone files (Debian's tzdata), not ICU:
/// FoundationEssentials alone knows only fixed offsets (`TimeZone.current` is GMT there and
/// `TimeZone(identifier: "Asia/Jakarta")` is nil). A zone is given to the rest of the code as
/// its offset at a moment, a fixed-offset `TimeZone`; Indonesia's three zones keep one offset
/// all year, so that is the zone itself.
public enum LocalTime {
    /// Where named zones are read: `TZDIR`, as the C library reads it, or tzdata's folder.
    public static func zoneFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["TZDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/zoneinfo"
    }

    /// The device's zone at `date`: `TZ`, else /etc/localtime, as the C library reads them (UTC
    /// when neither is there).
    public static func currentZone(at date: Date = Date()) -> TimeZone {
        let offset = guardingTZ { localOffset(date) }
        return TimeZone(secondsFromGMT: offset) ?? TimeZone(secondsFromGMT: 0)!
    }

    /// The zone an IANA name gives (`Asia/Jayapura`, `UTC`, `GMT+7`) at `date`, or why there is none.
    public static func zone(named name: String, at date: Date = Date(),
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<TimeZone, ZoneProblem> {
        let folder = zoneFolder(environment: environment)
        // A name, never a path: `../../etc/passwd` names no zone.
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return .failure(.unknown) }
        guard isZoneFile(Path.join(folder, name)) else {
            // `GMT+7`, `UTC+07:00`: fixed offsets FoundationEssentials reads by itself.
            if name.hasPrefix("GMT") || name.hasPrefix("UTC"), let fixed = TimeZone(identifier: name) { return .success(fixed) }
            return .failure(isZoneFile(Path.join(folder, "UTC")) ? .unknown : .noZoneData(folder: folder))
        }
        let offset = guardingTZ {
            let saved = getenv("TZ").map { String(cString: $0) }
            setenv("TZ", ":" + Path.join(folder, name), 1)
            tzset()
            defer {
                if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
                tzset()
            }
            return localOffset(date)
        }
        return TimeZone(secondsFromGMT: offset).map { .success($0) } ?? .failure(.unknown)
    }

    public enum ZoneProblem: Error, Equatable {
        /// No zone of that name among the system's zone files.
        case unknown
        /// No zone files at all (tzdata is not installed).
        case noZoneData(folder: String)
    }

    /// The C library's zone is the process's: one reading or change of `TZ` at a time.
    private static let lock = Lock()

    private static func guardingTZ<T>(_ body: () -> T) -> T { lock.withLock(body) }

    private static func localOffset(_ date: Date) -> Int {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return parts.tm_gmtoff
    }

    /// A zone file begins with `TZif` (RFC 8536).
    private static func isZoneFile(_ path: String) -> Bool {
        guard let reader = FileBytes.Reader(path: path) else { return false }
        return reader.read(upTo: 4) == Array("TZif".utf8)
    }
}
