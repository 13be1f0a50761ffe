/// The one table of ASCII stand-ins, for `LANG=C` and terminals without UTF-8: the app's own
/// marks and the typography trainers paste into course text. Each stands for its meaning, never
/// for a look-alike that reads otherwise: the mark of a right answer is `+`, not `x` (which reads
/// as "wrong"); an arrow is `->`, not the word `Right`; curly quotes are `"`, not `?`.
public enum ASCIIFallback {
    public static let table: [String: String] = [
        "✓": "+", "✗": "x", "›": ">", "…": "...", "·": "-", "█": "#", "░": "-",
        "→": "->", "←": "<-", "↑": "Up", "↓": "Down", "▲": "^", "▼": "v",
        "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "‚": "'", "«": "\"", "»": "\"",
        "–": "-", "—": "--", "•": "*", "\u{00A0}": " ",
    ]

    /// `text` with every character of the table replaced; others are left as they are.
    public static func text(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        return text.map { table[String($0)] ?? String($0) }.joined()
    }
}
