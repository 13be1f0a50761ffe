import CWidth
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Columns a string takes on a terminal, from libc's `wcwidth` per scalar: the same function
/// ncurses uses, so layout and screen agree. `String.count` would be wrong for CJK, emoji and
/// combining marks.
public func displayWidth<S: StringProtocol>(_ text: S) -> Int {
    var total = 0
    for scalar in text.unicodeScalars { total += scalarWidth(scalar) }
    return total
}

/// Columns of one grapheme cluster (a `Character`); never negative.
public func displayWidth(_ character: Character) -> Int {
    var total = 0
    for scalar in character.unicodeScalars { total += scalarWidth(scalar) }
    return total
}

/// Width of one scalar; control characters count as 0 (they must be sanitized before drawing).
public func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    return WidthTable.shared.width(of: value)
}

/// `wcwidth` answers by the current locale, which is `C` (ASCII only) until someone calls
/// `setlocale`, and is `C` on purpose under `LANG=C`. Widths are computed in a private
/// C.UTF-8 locale instead, so layout is the same whatever the user's locale.
private final class WidthTable: @unchecked Sendable {
    static let shared = WidthTable()
    private let locale: locale_t?

    private init() {
        locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
    }

    func width(of value: UInt32) -> Int {
        let previous = locale.map { uselocale($0) }
        defer { if let previous { uselocale(previous) } }
        let width = Int(belajar_wcwidth(value))
        return max(width, 0)
    }
}
