import Foundation
import Testing
import TestSupport

/// `belajar gift export` and `belajar check --questions` as a trainer runs them.
@Suite struct GiftCommandTests {
    @Test func anExportedCourseReadsBackQuestionByQuestion() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.root.appendingPathComponent("bank.gift").path
        let course = workspace.courses.appendingPathComponent("kompetensi-asn").path
        let (exported, said) = outcome(try Execution(Tmux.binary, ["gift", "export", course, "--out", out, "--lang", "en"]))
        #expect(exported == 0, "\(said)")
        #expect(said.hasSuffix("written to \(out)\n"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("$CATEGORY: $course$/top/"))
        #expect(text.contains("// [id:"))
        let (status, listing) = outcome(try Execution(Tmux.binary, ["check", "--questions", out, "--lang", "en"]))
        #expect(status == 0, "\(listing)")
        #expect(listing.contains("\(out):"))
        #expect(listing.contains("questions read"))
        let json = try Execution(Tmux.binary, ["check", "--questions", "--format", "json", out]).output
        let files = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let questions = try #require(files.first?["questions"] as? [[String: Any]])
        #expect(!questions.isEmpty && questions.allSatisfy { $0["id"] is String && $0["type"] is String })
    }

    @Test func aBankMoodleRefusesIsAnErrorWithItsPlace() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let bank = workspace.root.appendingPathComponent("moodle.gift")
        try "::A::[html]<p>Pilih <b>satu</b></p>{=<p>ya</p> ~%33%<p>sebagian</p> ~tidak}\n"
            .write(to: bank, atomically: true, encoding: .utf8)
        let (status, text) = outcome(try Execution(Tmux.binary, ["check", "--questions", bank.path, "--lang", "en"]))
        #expect(status == 1)
        #expect(text.contains("\(bank.path):1:49: error: weight '%33%' is not one of Moodle's grades"))
        let (checked, _) = outcome(try Execution(Tmux.binary, ["check", bank.path]))
        #expect(checked == 1)
    }
}

/// The exit status and all a command printed, its errors after its output.
private func outcome(_ run: Execution) -> (Int32, String) { (run.status, run.output + run.errors) }
