@_spi(_Unicode) import Swift

/// Comparing texts as a person does: `Pégawai` is found by `pegawai`. Canonical decomposition
/// (the standard library's own NFD) with the combining marks left out, then lower case.
public enum Folding {
    /// Without diacritics: `é` → `e`, `Ä` → `A`.
    public static func withoutDiacritics(_ text: some StringProtocol) -> String {
        var result = ""
        for scalar in String(text)._nfd where !isCombining(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Without diacritics and in lower case: what a search or a filter compares.
    public static func forSearch(_ text: some StringProtocol) -> String {
        withoutDiacritics(text).lowercased()
    }

    /// Fullwidth forms as their ASCII letters (`Ａ` → `A`), the ideographic space as a space:
    /// for a terminal that shows ASCII only.
    public static func withoutWidth(_ text: some StringProtocol) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: true
        default: false
        }
    }
}
