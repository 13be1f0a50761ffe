import FoundationEssentials

/// Nomor Induk Pegawai: the 18-digit number that names an ASN in every national record.
/// Built only through validation, so any `NIP` value has a real birth date, a start of service
/// after it, a sex digit and a non-zero sequence (GLOSSARY-id.md). There is no check digit:
/// a typo that keeps this structure cannot be caught offline.
public struct NIP: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The 18 digits, without separators.
    public let digits: String

    public enum Problem: Sendable, Hashable, Error {
        case empty
        case notDigits(character: Character)
        case wrongLength(count: Int)
        case birthDate
        case birthInFuture
        case serviceMonth
        case serviceBeforeBirth
        case sex
        case sequence
    }

    public enum Warning: Sendable, Hashable {
        /// Age at the start of service outside `plausibleAppointmentAges`: flagged, not refused,
        /// because old records and special appointments exist.
        case implausibleAgeAtAppointment(years: Int)
    }

    public static let plausibleAppointmentAges = 18...60
    /// PPPK numbers carry 21–29 where a PNS number has the month of service.
    static let pppkMarks = 21...29

    /// Spaces, dots and dashes are ignored, as people write `19860926 201505 1 001`.
    public init(validating input: String, today: Date = Date()) throws(Problem) {
        let digits = input.filter { !" .-\t".contains($0) }
        if digits.isEmpty { throw .empty }
        if let bad = digits.first(where: { !("0"..."9").contains($0) }) {
            throw .notDigits(character: bad)
        }
        guard digits.count == 18 else { throw .wrongLength(count: digits.count) }
        self.digits = digits
        try checkStructure(today: today)
    }

    public var description: String { digits }

    /// The way NIPs are printed on Indonesian documents: `19860926 201505 1 001`.
    public var grouped: String {
        [(0, 8), (8, 6), (14, 1), (15, 3)].map { slice($0, $1) }.joined(separator: " ")
    }

    public var birthDate: DateComponents {
        DateComponents(year: value(0, 4), month: value(4, 2), day: value(6, 2))
    }
    public var serviceYear: Int { value(8, 4) }
    /// nil for a PPPK number, whose middle part is not a month.
    public var serviceMonth: Int? { isPPPK ? nil : value(12, 2) }
    public var isPPPK: Bool { Self.pppkMarks.contains(value(12, 2)) }
    public var isWoman: Bool { value(14, 1) == 2 }

    public func warnings() -> [Warning] {
        let age = serviceYear - value(0, 4) - (serviceMonth.map { $0 < value(4, 2) ? 1 : 0 } ?? 0)
        return Self.plausibleAppointmentAges.contains(age) ? [] : [.implausibleAgeAtAppointment(years: age)]
    }

    public static func < (lhs: NIP, rhs: NIP) -> Bool { lhs.digits < rhs.digits }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(validating: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }

    private func checkStructure(today: Date) throws(Problem) {
        let calendar = Calendar(identifier: .gregorian)
        guard let birth = Self.realDate(birthDate, calendar: calendar) else { throw .birthDate }
        if birth > today { throw .birthInFuture }
        if !isPPPK {
            guard let month = serviceMonth, (1...12).contains(month) else { throw .serviceMonth }
        }
        let birthMonth = value(0, 4) * 12 + value(4, 2)
        let serviceStart = serviceYear * 12 + (serviceMonth ?? 12)
        if serviceStart <= birthMonth { throw .serviceBeforeBirth }
        guard (1...2).contains(value(14, 1)) else { throw .sex }
        guard value(15, 3) != 0 else { throw .sequence }
    }

    /// A date the calendar really has: 20230229 is refused, 20240229 accepted.
    private static func realDate(_ parts: DateComponents, calendar: Calendar) -> Date? {
        guard let year = parts.year, year >= 1900, let date = calendar.date(from: parts) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        return back.year == parts.year && back.month == parts.month && back.day == parts.day ? date : nil
    }

    private func slice(_ start: Int, _ length: Int) -> Substring {
        let from = digits.index(digits.startIndex, offsetBy: start)
        return digits[from..<digits.index(from, offsetBy: length)]
    }

    private func value(_ start: Int, _ length: Int) -> Int { Int(slice(start, length)) ?? 0 }
}
