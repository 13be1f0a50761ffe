import Testing
import Foundation
@testable import CourseKit

/// Banks as Moodle writes and reads them: formats on every text, ids that never refuse a bank,
/// Moodle's fixed fractions, and UTF-8 only (Moodle's `qformat_gift` and `question/format.php`).
@Suite struct MoodleBankTests {
    let file = URL(fileURLWithPath: "/bank.gift")
    func parse(_ source: String) -> GIFTParser.Result { GIFTParser.parse(source, file: file) }

    /// As Moodle 4's export writes it: `// [id:...]` comments, `[html]` on every question text,
    /// the answers in the question's format, and two questions with one name (Moodle's own
    /// fixture questions.gift.txt has two named "2-08 TSL").
    static let moodleExport = """
        // question: 0  name: Switch category to $course$/top/Default for Etika
        $CATEGORY: $course$/top/Default for Etika


        // question: 41  name: 2-08 TSL
        // [id:TSL-1]
        ::2-08 TSL::[html]<p>Apa arti <b>TSL</b>?</p>{
        \t=<p>Tingkat &amp; Standar Layanan</p>#<p>Tepat</p>
        \t~<p>Tata Surat Lama</p>
        \t####<p>Lihat <i>modul 2</i>.</p>
        }


        // question: 42  name: 2-08 TSL
        ::2-08 TSL::[html]<p>Lagi: TSL?</p>{TRUE#<p>Salah</p>#<p>Benar</p>}


        // question: 43  name: 2-08 TSL
        ::2-08 TSL::[html]Tanpa id.{}
        """

    @Test func aMoodleExportWithRepeatedNamesLoads() {
        let result = parse(Self.moodleExport)
        #expect(!result.diagnostics.hasErrors)
        #expect(result.questions.map(\.id) == ["tsl-1", "2-08-tsl", "2-08-tsl-2"])
        #expect(result.questions.map(\.idNumber) == ["TSL-1", nil, nil])
        #expect(result.questions.allSatisfy { $0.format == .html && $0.category == "$course$/top/Default for Etika" })
        guard case .multipleChoice(let choices) = result.questions[0].kind else { Issue.record("not a choice"); return }
        #expect(choices[0] == Choice(text: "<p>Tingkat &amp; Standar Layanan</p>", weight: 100, feedback: "<p>Tepat</p>"))
        #expect(result.questions[0].generalFeedbackText == FormattedText("<p>Lihat <i>modul 2</i>.</p>", format: .html))
        let warning = result.diagnostics.first
        #expect(warning?.severity == .warning && warning?.line == 19 && warning?.message.arguments == ["2-08-tsl", "15", "2-08-tsl-2"])
    }

    @Test func everyTextReadsItsOwnFormatTagAfterTrimming() throws {
        let question = try #require(parse("::F::[markdown]**A**? {=[html]<b>ya</b> ~merah # [html]<i>salah</i>#### [plain]2*3}").questions.first)
        #expect(question.format == .markdown)
        guard case .multipleChoice(let choices) = question.kind else { Issue.record("not a choice"); return }
        #expect(choices[0].text == "<b>ya</b>" && question.format(choices[0].format) == .html)
        #expect(choices[1].text == "merah" && choices[1].format == nil)
        #expect(choices[1].feedback == "<i>salah</i>" && choices[1].feedbackFormat == .html)
        #expect(question.generalFeedbackText == FormattedText("2*3", format: .plain))
        let tf = try #require(parse("Q? {T# [html]<b>x</b>#y}").questions.first)
        #expect(tf.whenWrongFormat == .html && tf.whenRightFormat == nil)
        // An unknown tag is text, as in Moodle's format_name_to_const.
        #expect(parse("[id:x] Teks {}").questions.first?.text == "[id:x] Teks")
    }

    @Test func escapesAreUndoneOnce() {
        #expect(parse(##"A \\ B \\\\ C \: \# \= \~ \{ \}"##).questions.first?.text == ##"A \ B \\ C : # = ~ { }"##)
    }

    @Test func idsComeFromIdNumberThenTitleThenPosition() {
        let result = parse("// [id:Kode 7]\n::Judul:: A? {T}\n\n::Judul:: B? {T}\n\nC? {T}")
        #expect(result.questions.map(\.id) == ["kode-7", "judul", "q3"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func idsThatCollideWhereTitlesDifferGetSuffixes() {
        let result = parse("::Café:: A? {T}\n\n::Cafe:: B? {T}\n\nq1? {T}\n\n::Soal 1:: D? {T}\n\n::soal-1:: E? {T}")
        #expect(result.questions.map(\.id) == ["cafe", "cafe-2", "q3", "soal-1", "soal-1-2"])
        #expect(parse("Untitled {T}\n\n::Q1:: B? {T}").questions.map(\.id) == ["q1", "q1-2"])
        #expect(result.diagnostics.map(\.line) == [3, 9])
    }

    @Test func aSuffixNeverTakesAnotherQuestionsOwnId() {
        let result = parse("::X:: A? {T}\n\n::X:: B? {T}\n\n::X 2:: C? {T}")
        #expect(result.questions.map(\.id) == ["x", "x-3", "x-2"])
    }

    @Test func idsStayWhenAnotherQuestionIsEdited() {
        let before = parse("::Sama:: A? {T}\n\n::Lain:: B? {T}\n\n::Sama:: C? {T}").questions.map(\.id)
        let after = parse("::Sama:: A diubah? {F}\n\n::Lain:: B? {=x ~y}\n\n::Sama:: C? {T}").questions.map(\.id)
        #expect(before == ["sama", "lain", "sama-2"] && after == before)
    }

    @Test func weightsMustBeMoodlesFractions() {
        let refused = parse("A? {=a ~%33%b ~c}").diagnostics.first
        #expect(refused?.message.key == .giftWeightNotMoodle)
        #expect(refused?.message.arguments == ["%33%", "%33.33333%, %30%"])
        #expect(refused?.column == 9)
        #expect(parse("A? {~%33.333%a ~%33.333%b ~%33.333%c ~%-100%d}").diagnostics.isEmpty)
        #expect(parse("A? {=a ~%-50%b}").diagnostics.isEmpty)
        #expect(parse("A? {=%95%a}").diagnostics.first?.message.arguments == ["%95%", "%100%, %90%"])
        #expect(parse("A? {#=%12.5%1 =%7%2}").diagnostics.first?.message.arguments == ["%7%", "%10%, %5%"])
        guard case .multipleAnswer(let choices) = parse("A? {~%33.333%a ~%33.333%b ~%33.333%c}").questions.first?.kind else {
            Issue.record("not multiple answer"); return
        }
        #expect(choices.map(\.weight) == [33.33333, 33.33333, 33.33333])
    }

    @Test func aQuizThatIsNotUTF8IsAnErrorAtTheFirstBadByte() throws {
        let folder = Fixtures.url("broken/gift-not-utf8")
        let course = try #require(CourseLibrary.load(folder: folder).courses.first)
        #expect(throws: CourseError.self) { try course.quiz(of: course.modules[0]) }
        let (report, _) = CourseCheck.quiz(folder.appendingPathComponent("01-modul.gift"))
        #expect(report.diagnostics.first?.isError == true)
        #expect(report.diagnostics.first.map { [$0.line, $0.column] } == [2, 4])
    }
}
