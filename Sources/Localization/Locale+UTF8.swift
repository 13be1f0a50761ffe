#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the terminal's character set is UTF-8, read the way ncurses reads it.
/// With `LANG=C` the screen gets ASCII fallbacks instead of bytes it would show as garbage.
public enum TerminalCharset {
    public static func isUTF8(environment: [String: String]) -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let lower = value.lowercased()
            return lower.contains("utf-8") || lower.contains("utf8")
        }
        return false
    }
}
