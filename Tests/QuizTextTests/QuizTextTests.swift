import Testing
import Foundation
import CourseKit
import Markdown
@testable import QuizText

/// What the learner sees of a question's text in each GIFT format, as lines of the screen,
/// compared with what Moodle shows for the same text.
@Suite struct QuizTextTests {
    static func shown(_ text: String, _ format: TextFormat, width: Int = 40) -> [String] {
        QuizText.lines(text, format: format, width: width).map(\.text)
    }

    @Test func htmlParagraphsBreaksAndEntities() {
        #expect(Self.shown("<p>Ibu kota &amp; <b>pusat</b>\n   pemerintahan?</p><p>Pilih satu.<br>Hanya satu.</p>", .html)
            == ["Ibu kota & pusat pemerintahan?", "", "Pilih satu.", "Hanya satu."])
    }

    @Test func htmlBoldAndItalicAreStyledNotShownAsTags() {
        let lines = QuizText.lines("<p>Ini <b>tebal</b> dan <i>miring</i></p>", format: .html, width: 40)
        #expect(lines.map(\.text) == ["Ini tebal dan miring"])
        let roles = lines[0].runs.map { ($0.text.trimmingCharacters(in: .whitespaces), $0.role) }
        #expect(roles.contains { $0 == ("tebal", .strong) })
        #expect(roles.contains { $0 == ("miring", .emphasis) })
    }

    @Test func scriptsStylesAndUnknownTagsAreNeverShown() {
        let html = "<style>p{color:red}</style><script>alert(1)</script><p><span class=\"x\">Teks</span> <blink>aman</blink> <o:p></o:p></p>"
        #expect(Self.shown(html, .html) == ["Teks aman"])
    }

    @Test func entitiesThatDecodeToControlsAreSanitized() {
        let lines = Self.shown("<p>a&#27;[31mb</p>", .html)
        #expect(lines.count == 1)
        #expect(!lines[0].unicodeScalars.contains { $0.value == 27 })
    }

    @Test func listsTablesAndImages() {
        let html = """
            <ul><li>satu</li><li>dua</li></ul><ol start="3"><li>tiga</li></ol>
            <table><tr><th>Kode</th><th>Arti</th></tr><tr><td>JP</td><td>jam pelajaran</td></tr></table>
            <p><img src="peta.png" alt="Peta Jawa"></p>
            """
        let lines = Self.shown(html, .html)
        #expect(lines.contains { $0.contains("satu") && !$0.hasPrefix("satu") })
        #expect(lines.contains { $0.hasPrefix("3.") && $0.contains("tiga") })
        #expect(lines.contains { $0.contains("Kode") && $0.contains("Arti") })
        #expect(lines.contains { $0.contains("JP") && $0.contains("jam pelajaran") })
        #expect(lines.contains { $0.contains("Peta Jawa") })
        #expect(!lines.joined().contains("<"))
    }

    @Test func brokenHtmlStillReads() {
        #expect(Self.shown("<p>satu<p>dua</b> <i>tiga", .html) == ["satu", "", "dua tiga"])
        #expect(Self.shown("", .html).isEmpty)
        #expect(Self.shown("<p>akhir<br></p><div><br></div>", .html) == ["akhir"])
    }

    @Test func moodleAndPlainKeepLineBreaksAndEveryCharacter() {
        for format in [TextFormat.moodle, .plain] {
            #expect(Self.shown("2*3*4 = 24\nbaris _dua_", format) == ["2*3*4 = 24", "baris _dua_"])
            #expect(Self.shown("A \\ B \\\\ C", format) == ["A \\ B \\\\ C"])
            #expect(Self.shown("<b>bukan tebal</b>", format) == ["<b>bukan tebal</b>"])
        }
    }

    @Test func markdownGoesThroughTheRenderer() {
        #expect(Self.shown("2*3*4 dan **tebal**", .markdown) == ["234 dan tebal"])
    }

    @Test func oneLineJoinsAChoiceOfSeveralLines() {
        #expect(QuizText.oneLine("<p>Jakarta</p><p>(DKI)</p>", format: .html) == "Jakarta (DKI)")
    }

    @Test func deepNestingIsReadAsText() {
        let html = String(repeating: "<div><b>", count: 20_000) + "dalam" + String(repeating: "</b></div>", count: 20_000)
        #expect(Self.shown(html, .html).joined().contains("dalam"))
    }
}

/// `belajar check --questions` on Moodle's own kind of bank: every part as the learner sees it.
@Suite struct QuestionListingTests {
    static let bank = """
        // [id:warna-1]
        ::Warna::[html]<p>Di antara <b>jingga</b> dan hijau?</p>{
        \t=kuning # [markdown]**benar**
        \t~%-50%merah # [html]<i>salah</i>
        \t####<p>Lihat pelangi.</p>
        }

        ::Warna::Lagi? {T}
        """

    @Test func eachQuestionIsShownAsRead() {
        let questions = GIFTParser.parse(Self.bank, file: URL(fileURLWithPath: "/bank.gift")).questions
        let text = QuestionListing(questions: questions).text(file: "bank.gift", in: .english)
        #expect(text == """
            bank.gift:2  warna-1  multiple choice  [html]
                Moodle id: warna-1
                Di antara jingga dan hijau?
                  =  100%  kuning  # benar
                  ~  -50%  merah  # salah
                  #### general feedback: Lihat pelangi.

            bank.gift:8  warna  true/false  [moodle]
                Lagi?
                  T  100%
                  F    0%

            2 questions read
            """)
    }

    @Test func jsonHoldsRawShownAndFractions() throws {
        let questions = GIFTParser.parse(Self.bank, file: URL(fileURLWithPath: "/bank.gift")).questions
        let json = try QuestionListing(questions: questions).json()
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let answers = try #require(entries.first?["answers"] as? [[String: Any]])
        #expect(answers[1]["fraction"] as? Double == -0.5)
        let feedback = try #require(answers[1]["feedback"] as? [String: String])
        #expect(feedback == ["text": "<i>salah</i>", "format": "html", "shown": "salah"])
        #expect((entries.first?["text"] as? [String: String])?["shown"] == "Di antara jingga dan hijau?")
        #expect(entries.map { $0["id"] as? String } == ["warna-1", "warna"])
    }
}
