import Canvas
import Testing

/// Names, titles and messages from anywhere pass `Sanitizer` on their way to a terminal or CSV.
@Suite struct SanitizerLineTests {
    @Test(arguments: ["\u{200B}", "\u{200E}", "\u{200F}", "\u{2060}", "\u{2061}", "\u{2064}", "\u{FEFF}"])
    func zeroWidthControlsAreDropped(_ control: String) {
        #expect(Sanitizer.clean("An\(control)i") == "Ani")
    }

    @Test func theJoinersStayForEmojiAndScripts() {
        let coder = "👩\u{200D}💻"
        #expect(Sanitizer.clean(coder) == coder)
        #expect(Sanitizer.clean("می\u{200C}خواهم") == "می\u{200C}خواهم")
    }

    @Test func aTitleSequenceInANameBecomesOnePlaceholder() {
        #expect(Sanitizer.clean("Ani\u{1B}]0;T\u{07}") == "Ani\u{FFFD}")
        #expect(Sanitizer.clean("\u{202E}ANI") == "ANI")
    }

    @Test func aLineKeepsToOneLine() {
        #expect(Sanitizer.cleanLine("Ani\nLestari\tBKN") == "Ani Lestari BKN")
        #expect(Sanitizer.cleanLine("Ani\u{1B}[2J") == "Ani\u{FFFD}")
    }

    @Test func jsonKeepsItsDataAndLosesNothingButTheRawBytes() {
        let json = "{\"name\": \"Ani\u{202E}\u{9B}x\u{200B}\"}"
        #expect(Sanitizer.escapingJSON(json) == "{\"name\": \"Ani\\u202E\\u009Bx\\u200B\"}")
        #expect(Sanitizer.escapingJSON("{\"a\": \"é\"}") == "{\"a\": \"é\"}")
    }
}

@Suite struct CSVCellTests {
    @Test(arguments: ["=HYPERLINK(\"http://x\",\"klik\")", "+1", "-2+3", "@SUM(A1)", "\tx"])
    func aFormulaIsShownNotRun(_ text: String) {
        let cell = CSV.cell(text)
        #expect(cell.hasPrefix("\"'"))
        #expect(cell.hasSuffix("\""))
        #expect(cell.dropFirst(2).dropLast().replacing("\"\"", with: "\"") == Substring(text))
    }

    @Test func ordinaryTextIsQuotedOnlyWhereItNeeds() {
        #expect(CSV.cell("Ani Lestari") == "Ani Lestari")
        #expect(CSV.cell("Lestari, Ani") == "\"Lestari, Ani\"")
        #expect(CSV.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.cell("Ani\u{1B}]0;T\u{07}") == "Ani\u{FFFD}")
    }
}
