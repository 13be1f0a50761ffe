import Basics
import FoundationEssentials
import Glibc

/// The one place that writes numbers, hours, dates and sizes for a person to read, in their
/// language and their time zone. Files and programs get `MachineFormat` (in Domain) instead.
public enum Readable {
    /// No ".0" on whole numbers, up to two decimals, a decimal comma in Indonesian: `2`, `1,5`, `0,25`.
    public static func number(_ value: Double, _ language: Language) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        let text = trimmedZeros(fixed(rounded, places: 2))
        return language == .indonesian ? text.replacingEvery(".", with: ",") : text
    }

    /// Jam pelajaran, as the national record counts them: `2 JP`, `1,5 JP`.
    public static func hours(_ value: Double, _ language: Language) -> String {
        number(value, language) + " JP"
    }

    /// A whole percent, `85%`; a fraction of a point is rounded (a score is never shown as 84,99%).
    public static func percent(_ value: Double) -> String {
        "\(Int(value.rounded()))%"
    }

    /// `1 Desember 2026` or `1 December 2026`, on the calendar of `timeZone`.
    public static func date(_ date: Date, _ language: Language, timeZone: TimeZone) -> String {
        let parts = calendar(timeZone).dateComponents([.year, .month, .day], from: date)
        let month = months(language)[max(min((parts.month ?? 1) - 1, 11), 0)]
        return "\(parts.day ?? 1) \(month) \(parts.year ?? 0)"
    }

    /// `1 Desember 2026, 05.35` (Indonesian writes the time with a dot) or `1 December 2026, 05:35`.
    public static func dateTime(_ date: Date, _ language: Language, timeZone: TimeZone) -> String {
        let parts = calendar(timeZone).dateComponents([.hour, .minute], from: date)
        let separator = language == .indonesian ? "." : ":"
        let time = padded(parts.hour ?? 0, digits: 2) + separator + padded(parts.minute ?? 0, digits: 2)
        return "\(self.date(date, language, timeZone: timeZone)), \(time)"
    }

    /// Bytes in the largest unit that keeps a number of at least 1: `512 B`, `1,5 KB`, `34,8 MB`.
    public static func fileSize(_ bytes: Int64, _ language: Language) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let shown = unit == 0 ? String(bytes) : number((value * 10).rounded() / 10, language)
        return "\(shown) \(units[unit])"
    }

    /// Exactly `places` decimals after a point, `%.Nf` as printf rounds the exact binary value
    /// (`2.675` is `2.67`): `0.50`, `33.33333`. The C library writes the decimal separator of the
    /// person's locale (a comma after `setlocale` in Indonesian): it is put back to a point.
    public static func fixed(_ value: Double, places: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let count = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.\(places)f", $0) }
        guard count >= 0, count < buffer.count else { return String(value) }
        let text = String(decoding: buffer[..<Int(count)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let separator = localeconv().pointee.decimal_point.map { String(cString: $0) } ?? "."
        return separator == "." || separator.isEmpty ? text : text.replacingEvery(separator, with: ".")
    }

    /// `fixed` without the zeros that end its decimals (and without a point left alone).
    public static func trimmedZeros(_ fixed: String) -> String {
        guard fixed.contains(".") else { return fixed }
        var text = fixed
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A whole number with at least `digits` digits: `0042`, `-07`.
    public static func padded(_ value: Int, digits: Int) -> String {
        let text = String(value.magnitude)
        // printf counts the sign in the width: `-003`.
        let zeros = String(repeating: "0", count: max(0, digits - text.count - (value < 0 ? 1 : 0)))
        return (value < 0 ? "-" : "") + zeros + text
    }

    private static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private static func months(_ language: Language) -> [String] {
        switch language {
        case .indonesian: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                           "September", "Oktober", "November", "Desember"]
        case .english: ["January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December"]
        }
    }
}
