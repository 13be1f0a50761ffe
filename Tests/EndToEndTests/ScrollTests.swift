import Foundation
import Testing
import TestSupport

/// The presenter moves the reader's lines on the terminal itself (delete and insert line, or a
/// scroll region on a VT100) and writes only what is new: after every line down or up, the pane
/// must hold exactly the lines `belajar render` lays out for that position, on every terminal.
@Suite(.serialized) struct ScrollTests {
    /// The module as `belajar render` lays it out at the reader's width, without attributes.
    static func rendered(_ workspace: Workspace, width: Int) throws -> [String] {
        let file = workspace.courses.appendingPathComponent("kompetensi-asn/01-hak.md").path
        let render = try Execution(Tmux.binary, ["render", file, "--width", "\(width - 2)", "--color", "never"],
                                   environment: ["LANG": "C.UTF-8"])
        guard render.status == 0 else { throw Tmux.Failure(description: "render: \(render.errors)") }
        return render.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The reader's text rows when its first line is `top`: one column of margin, as the app draws.
    static func page(_ lines: [String], top: Int, height: Int) -> [String] {
        (0..<(height - 2)).map { row in
            top + row < lines.count ? trimmed(" " + lines[top + row]) : ""
        }
    }

    static func textRows(_ screen: String, height: Int) -> [String] {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map { trimmed(String($0)) }
        return Array((rows + Array(repeating: "", count: height)).prefix(height - 2))
    }

    static func trimmed(_ line: String) -> String {
        String(line.reversed().drop(while: { $0 == " " }).reversed())
    }

    @Test(arguments: [
        ("tmux-256color", 80, 24), ("xterm-256color", 40, 12), ("vt100", 80, 24), ("linux", 40, 12), ("screen", 80, 24),
    ])
    func everyLineDownAndUpLeavesThePaneAsRenderLaysItOut(term: String, width: Int, height: Int) throws {
        let workspace = try Workspace.withLearner()
        defer { workspace.remove() }
        let lines = try Self.rendered(workspace, width: width)
        let app = try Tmux(width: width, height: height,
                           arguments: ["--courses", workspace.courses.path, "--store", workspace.store,
                                       "--learner", LearnerJourneyTests.nip],
                           environment: ["TERM": term])
        try app.wait(for: "Hak Pengembangan")
        try app.press("Enter", "Enter")
        var top = 0
        try expectPage(app, lines, top: top, height: height, after: "opening")
        let steps = Array(repeating: ("Down", 1), count: 14) + Array(repeating: ("Up", -1), count: 6)
            + Array(repeating: ("Down", 1), count: 3)
        #expect(lines.count > 14 + height, "the module is too short to scroll \(14 + height) lines")
        for (index, (key, change)) in steps.enumerated() {
            try app.press(key)
            top += change
            try expectPage(app, lines, top: top, height: height, after: "step \(index + 1), \(key)")
        }
        try app.press("q", "q", "q")
        try app.wait(for: "EXIT=0")
    }

    private func expectPage(_ app: Tmux, _ lines: [String], top: Int, height: Int, after what: String) throws {
        let expected = Self.page(lines, top: top, height: height)
        do {
            try app.wait(for: "the text from line \(top + 1) \(what)", timeout: 15) {
                Self.textRows($0, height: height) == expected
            }
        } catch {
            let shown = Self.textRows(app.screen, height: height)
            let rows = zip(expected, shown).enumerated().filter { $0.element.0 != $0.element.1 }
                .map { "row \($0.offset):\n  want \($0.element.0)\n  have \($0.element.1)" }
            let differences = rows.joined(separator: "\n")
            Issue.record("after \(what), the pane differs from the render at line \(top + 1):\n\(differences)")
            throw error
        }
    }
}
