import Testing
import Foundation
@testable import CourseKit

/// A file in the shape Moodle's GIFT export writes (`qformat_gift::writequestion`): `// question:`
/// comments, `[html]` texts, tabs, `=%100%` weights, `~#` numerical feedback, empty feedback.
@Suite struct MoodleExportTests {
    static let export = """
        // question: 0  name: Switch category to $course$/top/Default for Etika
        $CATEGORY: $course$/top/Default for Etika


        // question: 12  name: Ibu kota
        ::Ibu kota::[html]<p>Ibu kota Indonesia?</p>{
        \t=<p>Jakarta</p>#<p>Tepat</p>
        \t~<p>Bandung</p>
        \t~%50%<p>Batavia</p>#<p>Nama lama</p>
        }


        // question: 13  name: Bumi
        ::Bumi::[html]Bumi itu bulat.{TRUE#Coba lagi#Benar}


        // question: 14  name: Presiden
        ::Presiden::[html]Presiden pertama?{
        \t=%100%Soekarno#
        \t=%50%Bung Karno#Nama julukan
        }


        // question: 15  name: JP
        ::JP::[html]1 JP berapa menit?{#
        \t=%100%45:0#
        \t~#Satu JP adalah 45 menit
        }


        // question: 16  name: Pasangan
        ::Pasangan::[html]Pasangkan{
        \t=Jawa Barat -> Bandung
        \t=Jawa Timur -> Surabaya
        \t= -> Makassar
        }


        // question: 17  name: Esai
        ::Esai::[html]Ceritakan pengalaman Anda.{}


        // question: 18  name: Bacaan
        ::Bacaan::[html]<p>Bacalah teks berikut.</p>
        """

    @Test func readsEveryQuestionOfAMoodleExport() throws {
        let result = GIFTParser.parse(Self.export, file: URL(fileURLWithPath: "/ekspor.gift"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.questions.map(\.id) == ["ibu-kota", "bumi", "presiden", "jp", "pasangan", "esai", "bacaan"])
        #expect(result.questions.allSatisfy { $0.format == .html && $0.category == "$course$/top/Default for Etika" })
        let kinds = result.questions.map(\.kind)
        #expect(kinds[0] == .multipleChoice([
            Choice(text: "<p>Jakarta</p>", weight: 100, feedback: "<p>Tepat</p>"),
            Choice(text: "<p>Bandung</p>", weight: 0), Choice(text: "<p>Batavia</p>", weight: 50, feedback: "<p>Nama lama</p>"),
        ]))
        #expect(kinds[1] == .trueFalse(answer: true, whenWrong: "Coba lagi", whenRight: "Benar"))
        #expect(kinds[2] == .shortAnswer([ShortAnswer(text: "Soekarno"), ShortAnswer(text: "Bung Karno", weight: 50,
                                                                                       feedback: "Nama julukan")],
                                         caseSensitive: false))
        #expect(kinds[3] == .numerical([NumericalAnswer(value: .exact(45, tolerance: 0)),
                                        NumericalAnswer(value: .anyOther, weight: 0, feedback: "Satu JP adalah 45 menit")]))
        #expect(kinds[4] == .matching([MatchPair(prompt: "Jawa Barat", answer: "Bandung"),
                                       MatchPair(prompt: "Jawa Timur", answer: "Surabaya"),
                                       MatchPair(prompt: "", answer: "Makassar")]))
        #expect(kinds[5] == .essay && kinds[6] == .description)
    }
}
