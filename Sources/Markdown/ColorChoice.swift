/// `--color auto|always|never`: which theme, if any, styles text written to stdout.
public enum ColorChoice: String, Sendable, CaseIterable {
    case auto, always, never

    /// nil means plain text. `NO_COLOR` (no-color.org) takes the colours away on a terminal,
    /// not the bold and underline that still mark headings and links; `always` overrides it.
    public func theme(isTerminal: Bool, environment: [String: String]) -> Theme? {
        switch self {
        case .never: return nil
        case .always: return .colour
        case .auto:
            guard isTerminal else { return nil }
            return (environment["NO_COLOR"] ?? "").isEmpty ? .colour : .monochrome
        }
    }
}
