import Markdown
import Testing

struct SearchTests {
    @Test func ignoresCaseAndDiacritics() {
        let module = render("Kinerja ASN.\n\nkinerja dan KINERJA; café Café cafe")
        #expect(module.search("kinerja").count == 3)
        #expect(module.search("CAFE").map(\.columns) == [21..<25, 26..<30, 31..<35])
        #expect(module.search("café").count == 3)
    }

    @Test func columnsCountDisplayWidthNotCharacters() {
        let module = render("日本語 ujian")
        #expect(module.search("ujian") == [SearchHit(line: 0, columns: 7..<12)])
        #expect(module.search("本") == [SearchHit(line: 0, columns: 2..<4)])
    }

    @Test func findsEveryLineAndNothingForNoMatch() {
        let module = render("satu\n\ndua satu\n\ntiga")
        #expect(module.search("satu").map(\.line) == [0, 2])
        #expect(module.search("empat").isEmpty)
        #expect(module.search("").isEmpty)
    }
}

struct SearchAcrossWrapsTests {
    @Test func aMatchCutByAWrapIsFoundOnBothLines() throws {
        let module = render("Pengembangan kompetensi ASN dilakukan terus.", width: 24)
        #expect(module.lines.map(\.text) == ["Pengembangan kompetensi", "ASN dilakukan terus."])
        let hit = try #require(module.search("kompetensi asn").first)
        #expect(hit == SearchHit(line: 0, columns: 13..<23, continuation: 0..<3))
    }

    @Test func theNextLinesIndentIsSkipped() throws {
        let module = render("- Pengembangan kompetensi ASN dilakukan terus.", width: 26)
        #expect(module.lines.map(\.text) == ["• Pengembangan kompetensi", "  ASN dilakukan terus."])
        #expect(module.search("kompetensi asn") == [SearchHit(line: 0, columns: 15..<25, continuation: 2..<5)])
    }

    @Test func noMatchAcrossABlankLineOrWithinOneLineTwice() {
        let module = render("kompetensi\n\nASN kompetensi ASN", width: 40)
        #expect(module.search("kompetensi asn") == [SearchHit(line: 2, columns: 4..<18)])
    }
}
