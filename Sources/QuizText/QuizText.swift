import Basics
import Canvas
import CourseKit
import Localization
import Markdown

/// A question's text (stem, choice, feedback) in its GIFT format, as Moodle shows it, laid out as
/// the reader lays out a module: `[html]` through libxml2 (`HTMLDocument`), `[markdown]` through
/// the Markdown renderer, `[moodle]` and `[plain]` as the words written, each line break kept.
public enum QuizText {
    public static func document(_ text: String, format: TextFormat) -> Document {
        switch format {
        case .html: HTMLDocument.parse(text)
        case .markdown: ModuleDocument.parse(text)
        case .moodle, .plain: plain(text)
        }
    }

    public static func lines(_ text: String, format: TextFormat, width: Int, charset: Charset = .utf8,
                             language: Language = .indonesian) -> [StyledLine] {
        document(text, format: format).layout(width: width, charset: charset, language: language).lines
    }

    /// The text as one string of its lines joined by spaces: for a choice drawn on one line, or a
    /// listing that shows a text in one row.
    public static func oneLine(_ text: String, format: TextFormat, charset: Charset = .utf8,
                               language: Language = .indonesian) -> String {
        lines(text, format: format, width: 10_000, charset: charset, language: language)
            .map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Moodle shows `[plain]` text with its characters as they are and `[moodle]` text with each
    /// line end as a line break (`text_to_html`, `s()`); a blank line makes a new paragraph.
    static func plain(_ text: String) -> Document {
        var blocks: [Block] = []
        var lines: [Inline] = []
        for line in Sanitizer.clean(text).split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty {
                if !lines.isEmpty { blocks.append(.paragraph(lines)) }
                lines = []
                continue
            }
            if !lines.isEmpty { lines.append(.lineBreak) }
            lines.append(.text(trimmed))
        }
        if !lines.isEmpty { blocks.append(.paragraph(lines)) }
        return Document(blocks: blocks)
    }
}
