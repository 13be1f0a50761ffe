import Testing
import Foundation
@testable import CourseKit

/// Export, then import: every GIFT file of the tests and of the bundled courses reads back as the
/// same questions (ids, types, texts, weights, feedback, formats, categories).
@Suite struct GIFTRoundTripTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var giftFiles: [URL] {
        var found: [URL] = []
        for folder in ["Tests", "courses"] {
            let walk = FileManager.default.enumerator(at: repository.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = walk?.nextObject() as? URL {
                if url.pathExtension == "gift" { found.append(url) }
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Banks the tests hold as text rather than files.
    static let inlineBanks = [MoodleExportTests.export, MoodleBankTests.moodleExport, """
        ::Format:: [markdown]**A**? {=[html]<b>ya</b> ~merah # [html]<i>salah</i>#### [plain]2*3}

        Q? {T# [html]<b>x</b>#y####umum}

        Teks [html] dan \\\\ garis miring \\n baris baru, \\{ \\} \\: \\# \\= \\~ {}

        [moodle][html]bukan tag {=a ~%-50%b ~%-33.33333%c}

        Pasangkan {=[html]<i>a</i> -> 1 =b -> 2 = -> 3 ####[html]<p>umum</p>}

        Berapa? {#=%100%1.5:0.5#tepat =%50%1..5 ~#lain}

        Pancasila memiliki {=lima ~empat} sila.

        ::Esai:: Ceritakan. {####[html]<p>Contoh jawaban</p>}

        ::Bacaan::[html]<p>Teks {\\} dengan kurung</p>

        Judul? {=%100%Soekarno# =%50%Bung Karno#Setengah =%-25%Belanda}
        """]

    /// What survives a round trip; the title of an untitled question becomes its id, and every
    /// question gains its id as idnumber, which is the point of exporting them.
    static func comparable(_ questions: [Question]) -> [Question] {
        questions.map { question in
            var copy = question
            copy.title = nil
            copy.idNumber = nil
            copy.line = 0
            return copy
        }
    }

    static func roundTrip(_ source: String, file: URL) -> (before: [Question], after: [Question], problems: [Diagnostic]) {
        let before = GIFTParser.parse(source, file: file).questions
        let after = GIFTParser.parse(GIFTWriter.write(before), file: file)
        return (before, after.questions, after.diagnostics)
    }

    @Test func everyGiftFileComesBackTheSame() throws {
        let files = Self.giftFiles
        #expect(files.count >= 15)
        for file in files {
            let source = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            let (before, after, problems) = Self.roundTrip(source, file: file)
            #expect(!problems.hasErrors, "\(file.lastPathComponent): \(problems.map { $0.formatted(in: .english) })")
            #expect(after.map(\.id) == before.map(\.id), "\(file.lastPathComponent)")
            #expect(Self.comparable(after) == Self.comparable(before), "\(file.lastPathComponent)")
        }
    }

    @Test func inlineBanksComeBackTheSame() {
        for (index, source) in Self.inlineBanks.enumerated() {
            let (before, after, problems) = Self.roundTrip(source, file: URL(fileURLWithPath: "/bank\(index).gift"))
            #expect(!before.isEmpty)
            #expect(!problems.hasErrors, "\(problems.map { $0.formatted(in: .english) })")
            #expect(after.map(\.id) == before.map(\.id))
            #expect(Self.comparable(after) == Self.comparable(before))
        }
    }

    @Test func anExportNamesEveryQuestionAndGivesItsId() {
        let written = GIFTWriter.write(GIFTParser.parse("A? {T}\n\n::Judul:: B? {=a ~%50%b ~c}", file: URL(fileURLWithPath: "/a.gift")).questions,
                                       category: "$course$/top/Etika//Dasar/Modul 1")
        #expect(written == """
            $CATEGORY: $course$/top/Etika//Dasar/Modul 1

            // [id:q1]
            // question: q1  name: q1
            ::q1::A?{TRUE}

            // [id:judul]
            // question: judul  name: Judul
            ::Judul::B?{
            \t=a
            \t~%50%b
            \t~c
            }

            """)
    }

    @Test func aCourseExportsUnderItsCourseAndModuleCategory() throws {
        let course = try #require(CourseLibrary.load(folder: Fixtures.url("design-example")).courses.first)
        let exported = try GIFTExport.export(course)
        let module = course.withModuleTitles().course.modules[0]
        #expect(exported.text.hasPrefix("$CATEGORY: $course$/top/\(course.title)/\(module.title)\n"))
        let reread = GIFTParser.parse(exported.text, file: URL(fileURLWithPath: "/x.gift"))
        #expect(reread.questions.count == exported.questions && exported.questions > 0)
        #expect(throws: GIFTExport.Failure.self) { try GIFTExport.export(course, module: "tidak-ada") }
    }
}
