import Canvas
import CourseKit
import Markdown

/// One line of the quiz screen's body: course text as styled runs, or the app's own words.
struct PageLine {
    var indent = 0
    var styled: StyledLine?
    var text = ""
    var style = Style.plain
    /// Highlighted across the row (the choice under the cursor).
    var selected = false
    /// The column of the typing cursor on this line.
    var cursor: Int?
}

/// The quiz screen's body as lines, and which of them to keep in view. Built the same way by
/// `view` (to draw) and `update` (to page through it), so scrolling needs no terminal.
struct QuizPage {
    var lines: [PageLine] = []
    /// Until the reader pages, the view shows as much of the page's end as it can without
    /// starting below `focus` (the answer area), and always shows `cursor` (the row being chosen,
    /// the verdict).
    var focus = 0
    var cursor = 0
    let height: Int
    let width: Int

    init(state: AppState, quiz: QuizScreen) {
        let painter = Painter(state: state, buffer: Buffer(size: Size(width: 0, height: 0)))
        height = painter.body.height
        width = painter.body.width
        painter.build(&self, quiz)
    }

    var maxTop: Int { max(lines.count - height, 0) }

    /// The first line shown: where the reader scrolled to, else enough to show the focus.
    func top(_ scroll: Int?) -> Int {
        if let scroll { return min(max(scroll, 0), maxTop) }
        let wanted = min(maxTop, focus)
        return max(min(max(wanted, cursor - height + 1), cursor), 0)
    }

    /// The scroll position after a paging or line key.
    func scrolled(by action: Action?, from scroll: Int?) -> Int {
        let current = top(scroll)
        let step = max(height - 1, 1)
        return switch action {
        case .pageDown: min(current + step, maxTop)
        case .pageUp: max(current - step, 0)
        case .down: min(current + 1, maxTop)
        case .up: max(current - 1, 0)
        case .top: 0
        case .bottom: maxTop
        default: current
        }
    }

    /// The app's own words, wrapped to the page.
    mutating func add(_ text: String, _ style: Style = .plain) {
        lines += wrapped(text, width).map { PageLine(text: $0, style: style) }
    }

    mutating func add(_ styled: [StyledLine], indent: Int = 0) {
        lines += styled.map { PageLine(indent: indent, styled: $0) }
    }

    /// `prefix` and then `text` laid out beside it; the lines after the first hang under the text.
    mutating func add(prefix: String, _ text: [StyledLine], style: Style = .plain, selected: Bool = false) {
        let width = displayWidth(prefix)
        for (index, line) in (text.isEmpty ? [StyledLine.empty] : text).enumerated() {
            var runs = line.runs
            runs.insert(Run(index == 0 ? prefix : String(repeating: " ", count: width)), at: 0)
            lines.append(PageLine(styled: StyledLine(runs: runs), style: style, selected: selected))
        }
    }
}
