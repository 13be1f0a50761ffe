/// What Foundation's string methods did for us, written over the standard library's Unicode
/// properties: nothing here needs ICU.
extension StringProtocol {
    /// Without leading and trailing spaces and tabs (Unicode's space separators), as a person's
    /// typing is read.
    public var trimmingSpaces: String { trimmed(where: Whitespace.isSpace) }

    /// Without leading and trailing spaces, tabs and line breaks.
    public var trimmed: String { trimmed(where: Whitespace.isSpaceOrNewline) }

    private func trimmed(where isBlank: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[first...last])
        return result
    }

    /// `%XX` for every UTF-8 byte of a scalar that is not an ASCII letter or digit or one of
    /// `-._~` (RFC 3986's unreserved characters): as Foundation encoded an IRI segment or a query
    /// value on Linux, so ids made before stay the same.
    public var percentEncoded: String {
        var result = ""
        for scalar in unicodeScalars {
            if Self.isUnreserved(scalar) {
                result.unicodeScalars.append(scalar)
                continue
            }
            for byte in String(scalar).utf8 {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    private static func isUnreserved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_", "~": true
        default: false
        }
    }
}

enum Whitespace {
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }

    static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85: return true
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}

/// Texts ordered as a person reads numbers in them: `rc.2` before `rc.10`.
public enum NaturalOrder {
    public static func precedes(_ a: String, _ b: String) -> Bool {
        var (x, y) = (a[...], b[...])
        while let first = x.first, let other = y.first {
            if first.isASCIIDigit && other.isASCIIDigit {
                let (left, right) = (x.prefix(while: \.isASCIIDigit), y.prefix(while: \.isASCIIDigit))
                let (m, n) = (left.drop { $0 == "0" }, right.drop { $0 == "0" })
                if m.count != n.count { return m.count < n.count }
                if m != n { return m < n }
                x = x.dropFirst(left.count)
                y = y.dropFirst(right.count)
            } else {
                if first != other { return first < other }
                x = x.dropFirst()
                y = y.dropFirst()
            }
        }
        return x.isEmpty && !y.isEmpty
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// Every occurrence of `target`, compared byte for byte as Foundation's
    /// `replacingOccurrences(of:with:)` did: the `\n` of a `\r\n` is found, which
    /// the standard library's `replacing`, comparing whole characters, does not find.
    public func replacingEvery(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard !needle.isEmpty else { return String(self) }
        let bytes = Array(utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == needle[0], index + needle.count <= bytes.count,
               bytes[index..<index + needle.count].elementsEqual(needle) {
                result += replacement.utf8
                index += needle.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

extension StringProtocol {
    /// `%XX` sequences as the bytes they stand for; nil when one is malformed or the bytes are not
    /// UTF-8, as Foundation's `removingPercentEncoding`.
    public var percentDecoded: String? {
        var bytes: [UInt8] = []
        var rest = Array(utf8)[...]
        while let byte = rest.first {
            rest = rest.dropFirst()
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            let hex = Array(rest.prefix(2)).compactMap { Character(Unicode.Scalar($0)).hexDigitValue }
            guard hex.count == 2 else { return nil }
            bytes.append(UInt8(hex[0] * 16 + hex[1]))
            rest = rest.dropFirst(2)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
