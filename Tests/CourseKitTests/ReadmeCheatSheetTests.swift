import Testing
import Foundation
@testable import CourseKit

/// The README's GIFT cheat sheet is what trainers copy: each example must read as the type its
/// row names.
@Suite struct ReadmeCheatSheetTests {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    static let expectedKind: [(rowStart: String, kind: String)] = [
        ("| Multiple choice", "multipleChoice"), ("| Multiple answer", "multipleAnswer"),
        ("| True/false", "trueFalse"), ("| Short answer", "shortAnswer"), ("| Numerical", "numerical"),
        ("| Matching", "matching"), ("| Missing word", "multipleChoice"), ("| Essay", "essay"),
        ("| Description", "description"),
    ]

    @Test func everyExampleReadsAsItsType() throws {
        let rows = try String(contentsOf: Self.readme, encoding: .utf8).split(separator: "\n")
            .filter { line in Self.expectedKind.contains { line.hasPrefix($0.rowStart) } }
        #expect(rows.count >= 12)
        for row in rows {
            let expected = try #require(Self.expectedKind.first { row.hasPrefix($0.rowStart) }).kind
            // The example is the row's last code span; the first column may hold others.
            let example = try #require(row.split(separator: "`", omittingEmptySubsequences: false).dropLast().last)
            let result = GIFTParser.parse(String(example), file: Self.readme)
            #expect(result.diagnostics.isEmpty, "\(example)")
            let kind = result.questions.first.map { BundledCoursesTests.kindName($0.kind) }
            #expect(kind == expected, "\(example)")
        }
    }
}
