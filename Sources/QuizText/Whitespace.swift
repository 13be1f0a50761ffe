import Markdown

/// HTML's white-space rule, as a browser shows Moodle's text: every run of spaces, tabs and line
/// ends is one space, and none at the start or end of a line.
enum Whitespace {
    static func collapse(_ inlines: [Inline]) -> [Inline] {
        var state = State.lineStart
        var collapsed = leading(inlines, &state)
        trimEnd(&collapsed)
        // A browser shows no empty line for a `<br>` that ends a paragraph.
        while case .lineBreak? = collapsed.last {
            collapsed.removeLast()
            trimEnd(&collapsed)
        }
        return collapsed
    }

    /// HTML's white space; a no-break space is text.
    private static let spaces: Set<Character> = [" ", "\t", "\n", "\r", "\r\n", "\u{0C}"]

    /// What the text so far ends with: a space is written only after text.
    private enum State { case lineStart, space, text }

    private static func leading(_ inlines: [Inline], _ state: inout State) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                var out = ""
                for character in text {
                    if !spaces.contains(character) {
                        out.append(character)
                        state = .text
                    } else if state == .text {
                        out.append(" ")
                        state = .space
                    }
                }
                if !out.isEmpty { result.append(.text(out)) }
            case .lineBreak:
                trimEnd(&result)
                result.append(.lineBreak)
                state = .lineStart
            case .strong(let inner): result.append(.strong(leading(inner, &state)))
            case .emphasis(let inner): result.append(.emphasis(leading(inner, &state)))
            case .strikethrough(let inner): result.append(.strikethrough(leading(inner, &state)))
            case .link(let destination, let inner): result.append(.link(destination: destination, leading(inner, &state)))
            default:
                result.append(inline)
                state = .text
            }
        }
        return result
    }

    private static func trimEnd(_ inlines: inout [Inline]) {
        guard let last = inlines.popLast() else { return }
        switch last {
        case .text(let text):
            let trimmed = String(text.reversed().drop { $0 == " " }.reversed())
            if !trimmed.isEmpty { inlines.append(.text(trimmed)) } else { trimEnd(&inlines) }
        case .strong(var inner): trimEnd(&inner); inlines.append(.strong(inner))
        case .emphasis(var inner): trimEnd(&inner); inlines.append(.emphasis(inner))
        case .strikethrough(var inner): trimEnd(&inner); inlines.append(.strikethrough(inner))
        case .link(let destination, var inner): trimEnd(&inner); inlines.append(.link(destination: destination, inner))
        default: inlines.append(last)
        }
    }
}
