/// The languages the interface speaks: Bahasa Indonesia first, English second.
/// Each target keeps its own strings as one table per language, keyed by this enum.
public enum Language: String, Sendable, CaseIterable, Codable {
    case indonesian = "id"
    case english = "en"

    /// `--lang` wins; otherwise the locale variables in POSIX precedence order decide.
    /// Anything not English (including `C` and `POSIX`) means Indonesian: that is who we serve.
    public static func resolve(flag: String?, environment: [String: String]) -> Language {
        if let flag, let chosen = Language(code: flag) { return chosen }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(code: value) ?? .indonesian
        }
        return .indonesian
    }

    /// Accepts `id`, `en`, `en_US.UTF-8`, `id-ID` and the like.
    public init?(code: String) {
        let prefix = code.lowercased().prefix { $0.isLetter }
        switch prefix {
        case "id", "in": self = .indonesian
        case "en": self = .english
        default: return nil
        }
    }
}
