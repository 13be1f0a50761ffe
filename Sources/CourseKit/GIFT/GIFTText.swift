/// A stretch of one GIFT question's text that remembers where each character came from, so an
/// error deep inside the braces still names its line and column.
///
/// Escaped characters (`\:` `\#` `\=` `\{` `\}` `\~`) are held as private-use stand-ins while the
/// question is taken apart, as Moodle's `escapedchar_pre` does, and become themselves again in
/// `string`; `\n` is a line break and `\\` a backslash.
struct GIFTText {
    let characters: [Character]
    let places: [Place]
    let range: Range<Int>

    struct Place: Hashable {
        var line: Int
        var column: Int
    }

    static let escapable: [Character] = [":", "#", "=", "{", "}", "~"]
    private static let standInBase: UInt32 = 0xE000

    /// Joins a question's lines the way Moodle reads them: each line trimmed, comment lines blank.
    static func joining(lines: [(number: Int, text: String)]) -> GIFTText {
        var characters: [Character] = []
        var places: [Place] = []
        for (index, line) in lines.enumerated() {
            if index > 0 {
                characters.append("\n")
                places.append(Place(line: line.number, column: 1))
            }
            Self.append(line, to: &characters, &places)
        }
        return GIFTText(characters: characters, places: places, range: 0..<characters.count).trimmed()
    }

    private init(characters: [Character], places: [Place], range: Range<Int>) {
        self.characters = characters
        self.places = places
        self.range = range
    }

    private static func append(_ line: (number: Int, text: String), to characters: inout [Character],
                               _ places: inout [Place]) {
        let raw = Array(line.text)
        let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
        let body = raw[indent...]
        if body.starts(with: ["/", "/"]) { return }
        var column = indent + 1
        var index = body.startIndex
        while index < body.endIndex {
            let place = Place(line: line.number, column: column)
            if body[index] == "\\", index + 1 < body.endIndex, let escaped = escape(body[index + 1]) {
                characters.append(escaped)
                index += 2
                column += 2
            } else {
                characters.append(body[index])
                index += 1
                column += 1
            }
            places.append(place)
        }
    }

    private static func escape(_ character: Character) -> Character? {
        if character == "n" { return "\n" }
        if character == "\\" { return "\\" }
        guard let ascii = character.asciiValue, escapable.contains(character) else { return nil }
        return Character(Unicode.Scalar(standInBase + UInt32(ascii))!)
    }

    // MARK: Reading

    var isEmpty: Bool { range.isEmpty }
    var first: Character? { isEmpty ? nil : characters[range.lowerBound] }
    var last: Character? { isEmpty ? nil : characters[range.upperBound - 1] }

    /// Where this text starts (or, if empty, where it would have).
    var place: Place {
        let index = min(range.lowerBound, places.count - 1)
        return index >= 0 ? places[index] : Place(line: 1, column: 1)
    }

    /// The text as the learner sees it: stand-ins back to their characters.
    var string: String {
        String(characters[range].map(Self.restore))
    }

    private static func restore(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
              scalar.value > standInBase, scalar.value < standInBase + 128 else { return character }
        return Character(Unicode.Scalar(UInt8(scalar.value - standInBase)))
    }

    func contains(_ needle: String) -> Bool { firstIndex(of: needle) != nil }

    func hasPrefix(_ prefix: String) -> Bool {
        let needle = Array(prefix)
        return range.count >= needle.count && Array(characters[range.lowerBound..<range.lowerBound + needle.count]) == needle
    }

    func firstIndex(of needle: String, from start: Int? = nil) -> Int? {
        let needle = Array(needle)
        var index = start ?? range.lowerBound
        while index + needle.count <= range.upperBound {
            if characters[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    func lastIndex(of needle: String) -> Int? {
        let needle = Array(needle)
        var index = range.upperBound - needle.count
        while index >= range.lowerBound {
            if characters[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }

    // MARK: Cutting

    /// The part of `bounds` inside this text; never out of it, however odd the bounds.
    func slice(_ bounds: Range<Int>) -> GIFTText {
        let lower = min(max(bounds.lowerBound, range.lowerBound), range.upperBound)
        let upper = max(min(bounds.upperBound, range.upperBound), lower)
        return GIFTText(characters: characters, places: places, range: lower..<upper)
    }

    func prefix(upTo index: Int) -> GIFTText { slice(range.lowerBound..<index) }
    func suffix(from index: Int) -> GIFTText { slice(index..<range.upperBound) }
    func dropFirst(_ count: Int = 1) -> GIFTText { slice(min(range.lowerBound + count, range.upperBound)..<range.upperBound) }

    func trimmed() -> GIFTText {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, characters[lower].isWhitespace { lower += 1 }
        while upper > lower, characters[upper - 1].isWhitespace { upper -= 1 }
        return slice(lower..<upper)
    }

    /// Like PHP's `explode`: the pieces between separators, at most `limit` of them.
    func split(on separator: String, limit: Int = .max) -> [GIFTText] {
        var pieces: [GIFTText] = []
        var start = range.lowerBound
        while pieces.count < limit - 1, let found = firstIndex(of: separator, from: start) {
            pieces.append(slice(start..<found))
            start = found + separator.count
        }
        pieces.append(slice(start..<range.upperBound))
        return pieces
    }

    /// The text with `replacement` instead of `bounds` (Moodle's `_____` for a missing word).
    func replacing(_ bounds: Range<Int>, with replacement: String) -> GIFTText {
        let inserted = Array(replacement)
        let place = places[bounds.lowerBound]
        let newCharacters = Array(characters[range.lowerBound..<bounds.lowerBound]) + inserted
            + Array(characters[bounds.upperBound..<range.upperBound])
        let newPlaces = Array(places[range.lowerBound..<bounds.lowerBound]) + Array(repeating: place, count: inserted.count)
            + Array(places[bounds.upperBound..<range.upperBound])
        return GIFTText(characters: newCharacters, places: newPlaces, range: 0..<newCharacters.count)
    }
}
