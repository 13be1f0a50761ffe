/// A key press as data, independent of ncurses; the terminal backend translates into this.
public enum Key: Sendable, Hashable {
    case character(Character)
    case control(Character)   // Ctrl-A is `.control("a")`
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    case function(Int)
}
