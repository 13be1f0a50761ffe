/// GitHub's extended autolinks — `www.` addresses, `http://`, `https://` and `ftp://` URLs and
/// e-mail addresses written as plain text — found in a text after parsing, by the rules of the
/// GFM spec ("Autolinks (extension)") and of cmark-gfm's `autolink.c`.
///
/// cmark-gfm's own autolink extension makes `w`, `:` and `@` special inline characters, so its
/// parser stops at every `w` of a module's prose and merges the pieces again afterwards: a
/// quarter of the parse of a 1 MB module. Here each text is scanned once, after its pieces are
/// merged. One difference: cmark-gfm finds no autolink inside an unclosed `[`; this does.
enum Autolinker {
    /// `text` as text and the links found in it; just `text` when it holds none.
    static func inlines(in text: String) -> [Inline] {
        guard mayHoldLink(text) else { return [.text(text)] }
        let bytes = Array(text.utf8)
        var result: [Inline] = []
        var pending = 0
        var index = 0
        while index < bytes.count {
            guard let link = link(in: bytes, at: index), link.start >= pending else {
                index += 1
                continue
            }
            if link.start > pending { result.append(.text(string(bytes[pending..<link.start]))) }
            let shown = string(bytes[link.start..<link.end])
            result.append(.link(destination: link.scheme + shown, [.text(shown)]))
            pending = link.end
            index = link.end
        }
        guard !result.isEmpty else { return [.text(text)] }
        if pending < bytes.count { result.append(.text(string(bytes[pending...]))) }
        return result
    }

    /// A cheap first look for `@`, `://` or `www.`: most texts hold none.
    static func mayHoldLink(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "@"): return true
                case UInt8(ascii: ":"):
                    if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") {
                        return true
                    }
                case UInt8(ascii: "w"):
                    if index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "w"), bytes[index + 2] == UInt8(ascii: "w"),
                       bytes[index + 3] == UInt8(ascii: ".") {
                        return true
                    }
                default: break
                }
                index += 1
            }
            return false
        }
    }

    private struct Found {
        var start: Int
        var end: Int
        /// Put in front of the text for the destination: `http://` for `www.`, `mailto:`.
        var scheme: String
    }

    private static func link(in bytes: [UInt8], at index: Int) -> Found? {
        switch bytes[index] {
        case UInt8(ascii: "w"): return www(bytes, at: index)
        case UInt8(ascii: ":"): return url(bytes, colon: index)
        case UInt8(ascii: "@"): return email(bytes, at: index)
        default: return nil
        }
    }

    /// `www.` at the start, after a space or one of `*_~(`, followed by a valid domain.
    private static func www(_ bytes: [UInt8], at start: Int) -> Found? {
        if start > 0, !isSpace(bytes[start - 1]), !"*_~([".utf8.contains(bytes[start - 1]) { return nil }
        guard bytes.count - start >= 4, bytes[start..<start + 4].elementsEqual("www.".utf8) else { return nil }
        let domain = domainLength(bytes[start...], allowShort: false)
        guard domain > 0 else { return nil }
        let end = trimmedEnd(bytes, start: start, end: nonSpaceEnd(bytes, from: start + domain))
        return end > start ? Found(start: start, end: end, scheme: "http://") : nil
    }

    /// `http://`, `https://` or `ftp://` (the scheme read back from the colon), then a domain.
    private static func url(_ bytes: [UInt8], colon: Int) -> Found? {
        guard colon + 3 < bytes.count, bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/"),
              isAlphanumeric(bytes[colon + 3]) else { return nil }
        var start = colon
        while start > 0, isAlpha(bytes[start - 1]) { start -= 1 }
        let scheme = String(decoding: bytes[start..<colon], as: UTF8.self).lowercased()
        guard ["http", "https", "ftp"].contains(scheme) else { return nil }
        let domain = domainLength(bytes[(colon + 3)...], allowShort: true)
        guard domain > 0 else { return nil }
        let end = trimmedEnd(bytes, start: start, end: nonSpaceEnd(bytes, from: colon + 3 + domain))
        return end > start ? Found(start: start, end: end, scheme: "") : nil
    }

    /// Letters, digits and `.+-_` before the `@`; after it, a domain with a period, ending in a
    /// letter (or a period that the trailing punctuation rule then drops).
    private static func email(_ bytes: [UInt8], at sign: Int) -> Found? {
        var start = sign
        while start > 0, isAlphanumeric(bytes[start - 1]) || ".+-_".utf8.contains(bytes[start - 1]) { start -= 1 }
        guard start < sign, start == 0 || bytes[start - 1] != UInt8(ascii: "/") else { return nil }
        var end = sign
        var ats = 0
        var periods = 0
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "@") {
                ats += 1
            } else if byte == UInt8(ascii: "."), end < bytes.count - 1 {
                periods += 1
            } else if !isAlphanumeric(byte), byte != UInt8(ascii: "-"), byte != UInt8(ascii: "_") {
                break
            }
            end += 1
        }
        guard end - sign >= 2, ats == 1, periods > 0, isAlpha(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ".") else {
            return nil
        }
        let trimmed = trimmedEnd(bytes, start: sign, end: end)
        return trimmed > sign ? Found(start: start, end: trimmed, scheme: "mailto:") : nil
    }

    /// Bytes of a valid domain at the start of `domain`: letters, digits, `-` and `_` between
    /// periods, no `_` in the last two parts, and (unless `allowShort`) at least one period.
    /// Like cmark-gfm, the first and last byte of what remains are not looked at.
    private static func domainLength(_ domain: ArraySlice<UInt8>, allowShort: Bool) -> Int {
        var index = domain.startIndex + 1
        var periods = 0
        var underscoresBefore = 0
        var underscores = 0
        while index < domain.endIndex - 1 {
            let byte = domain[index]
            if byte == UInt8(ascii: "_") {
                underscores += 1
            } else if byte == UInt8(ascii: ".") {
                underscoresBefore = underscores
                underscores = 0
                periods += 1
            } else if !isAlphanumeric(byte), byte != UInt8(ascii: "-") {
                break
            }
            index += 1
        }
        if underscoresBefore > 0 || underscores > 0 { return 0 }
        return allowShort || periods > 0 ? index - domain.startIndex : 0
    }

    private static func nonSpaceEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var end = min(start, bytes.count)
        while end < bytes.count, !isSpace(bytes[end]) { end += 1 }
        return end
    }

    /// The end of the link once `<` and trailing punctuation are taken off: `?!.,:*_~`, an
    /// entity-like `&name;`, and closing brackets or quotes that have no partner inside it.
    private static func trimmedEnd(_ bytes: [UInt8], start: Int, end: Int) -> Int {
        var end = bytes[start..<end].firstIndex(of: UInt8(ascii: "<")) ?? end
        while end > start {
            let last = bytes[end - 1]
            if "?!.,:*_~".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var name = end - 2
                while name > start, isAlpha(bytes[name]) { name -= 1 }
                end = name >= start && name < end - 2 && bytes[name] == UInt8(ascii: "&") ? name : end - 1
            } else if let opening = partner(of: last) {
                // A quote is its own partner: every quote counts as opening, so a trailing one
                // is always dropped, as cmark-gfm does.
                var opened = 0
                var closed = 0
                for byte in bytes[start..<end] {
                    if byte == opening { opened += 1 } else if byte == last { closed += 1 }
                }
                if opened == closed { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    private static func partner(of closing: UInt8) -> UInt8? {
        switch closing {
        case UInt8(ascii: "\""): return UInt8(ascii: "\"")
        case UInt8(ascii: "'"): return UInt8(ascii: "'")
        case UInt8(ascii: ")"): return UInt8(ascii: "(")
        case UInt8(ascii: "]"): return UInt8(ascii: "[")
        case UInt8(ascii: "}"): return UInt8(ascii: "{")
        default: return nil
        }
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    private static func isAlpha(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isAlpha(byte) || (0x30...0x39).contains(byte) }
}
