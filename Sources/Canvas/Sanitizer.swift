/// Makes text safe for a terminal: course text, and any name, title or message from outside. cmark-gfm decodes entities such as `&#27;` into real
/// control characters, so this runs on every string taken from the AST, after parsing.
///
/// A complete escape sequence (CSI, OSC, DCS, APC, PM, SOS, or a short ESC sequence) becomes one
/// visible placeholder. An unterminated one loses only its introducer, so the text after it
/// still shows and is cleaned character by character. Every other C0 control but newline and
/// tab, DEL and C1 codes become the placeholder; bidi overrides, isolates and marks are dropped,
/// since they would reorder what the learner sees without being visible themselves, and so are
/// the zero-width characters that hide inside a name or title (zero-width space, word joiner,
/// invisible operators, byte-order mark). The two joiners stay: ZWJ (U+200D) builds emoji
/// sequences such as 👩‍💻 and ZWNJ (U+200C) is spelling in Persian and Indic scripts; neither can
/// reorder text or hide anything but a join.
public enum Sanitizer {
    public static let placeholder: Unicode.Scalar = "\u{FFFD}"

    /// `clean`, for text that must stay on one line (a name, a title, a table cell, a row of the
    /// screen): newlines and tabs become spaces.
    public static func cleanLine(_ text: String) -> String {
        let cleaned = clean(text)
        guard cleaned.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return cleaned }
        return String(String.UnicodeScalarView(cleaned.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }))
    }

    /// JSON text with every character `clean` would drop or replace written as a `\\uXXXX`
    /// escape: the data stays exactly as it was for a program, and a terminal showing it sees
    /// nothing it could act on. (JSONEncoder already escapes C0 controls inside strings.)
    public static func escapingJSON(_ json: String) -> String {
        guard needsCleaning(json) else { return json }
        var result = ""
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F, disposition(of: scalar.value) != .keep {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    public static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let end = sequenceEnd(scalars, from: index) {
                result.append(placeholder)
                index = end
                continue
            }
            switch disposition(of: scalar.value) {
            case .keep: result.append(scalar)
            case .replace: result.append(placeholder)
            case .drop: break
            }
            index += 1
        }
        return String(result)
    }

    /// Whether any scalar of `text` is not plain printable text; a byte scan, so the common case
    /// of clean prose costs one pass and no allocation.
    static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte &- 0x20 < 0x5F { continue }                         // printable ASCII
                switch byte {
                case 0x0A, 0x09: continue
                case ..<0x20, 0x7F: return true
                case 0xC2:                                                   // C1 controls
                    if index < bytes.count, (0x80...0x9F).contains(bytes[index]) { return true }
                case 0xE2:                                                   // bidi, zero-width
                    guard index + 1 < bytes.count else { continue }
                    let (second, third) = (bytes[index], bytes[index + 1])
                    if second == 0x80, (0xAA...0xAE).contains(third) || (0x8B...0x8F).contains(third) { return true }
                    if second == 0x81, (0xA6...0xA9).contains(third) || (0xA0...0xA4).contains(third) { return true }
                case 0xEF:                                                   // byte-order mark
                    if index + 1 < bytes.count, bytes[index] == 0xBB, bytes[index + 1] == 0xBF { return true }
                default: continue
                }
            }
            return false
        }
    }

    private enum Disposition { case keep, replace, drop }

    private static func disposition(of value: UInt32) -> Disposition {
        switch value {
        case 0x0A, 0x09: return .keep
        case 0x00..<0x20, 0x7F, 0x80...0x9F: return .replace
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F: return .drop       // bidi
        case 0x200B, 0x2060...0x2064, 0xFEFF: return .drop                         // zero-width
        default: return .keep
        }
    }

    /// The index just past the complete escape sequence starting at `start`, or nil when none
    /// starts there (or it is never terminated).
    private static func sequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let value = scalars[start].value
        switch value {
        case 0x1B:
            guard start + 1 < scalars.count else { return nil }
            return escapeEnd(scalars, introducer: scalars[start + 1].value, body: start + 2)
        case 0x9B: return controlSequenceEnd(scalars, from: start + 1)
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F: return stringEnd(scalars, from: start + 1, bellEnds: value == 0x9D)
        default: return nil
        }
    }

    private static func escapeEnd(_ scalars: [Unicode.Scalar], introducer: UInt32, body: Int) -> Int? {
        switch introducer {
        case 0x5B: return controlSequenceEnd(scalars, from: body)                   // ESC [
        case 0x5D: return stringEnd(scalars, from: body, bellEnds: true)            // ESC ] (OSC)
        case 0x50, 0x58, 0x5E, 0x5F: return stringEnd(scalars, from: body, bellEnds: false) // DCS SOS PM APC
        case 0x20...0x2F: return shortEscapeEnd(scalars, from: body)                // ESC ( B and kin
        case 0x30...0x7E: return body                                              // ESC 7, ESC c
        default: return nil
        }
    }

    /// CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, then a final byte 0x40–0x7E.
    private static func controlSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        scanEnd(scalars, from: start, body: 0x20...0x3F, final: 0x40...0x7E)
    }

    /// ESC ( B and kin: intermediates 0x20–0x2F, then a final byte 0x30–0x7E.
    private static func shortEscapeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        scanEnd(scalars, from: start, body: 0x20...0x2F, final: 0x30...0x7E)
    }

    private static func scanEnd(_ scalars: [Unicode.Scalar], from start: Int,
                                body: ClosedRange<UInt32>, final: ClosedRange<UInt32>) -> Int? {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            if final.contains(value) { return index + 1 }
            guard body.contains(value) else { return nil }
            index += 1
        }
        return nil
    }

    /// OSC, DCS, SOS, PM, APC: anything up to ST (ESC \ or 0x9C), or BEL for OSC.
    private static func stringEnd(_ scalars: [Unicode.Scalar], from start: Int, bellEnds: Bool) -> Int? {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x9C || (bellEnds && value == 0x07) { return index + 1 }
            if value == 0x1B, index + 1 < scalars.count, scalars[index + 1].value == 0x5C { return index + 2 }
            index += 1
        }
        return nil
    }
}
