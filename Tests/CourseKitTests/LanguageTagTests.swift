import Testing
@testable import CourseKit

/// RFC 5646's syntax, with the examples of its appendix A and what trainers actually write.
@Suite struct LanguageTagTests {
    @Test(arguments: ["id", "en", "en-US", "jv", "zh-Hant", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1996", "sl-rozaj-biske",
                      "es-419", "zh-yue-HK", "hy-Latn-IT-arevela", "de-CH-x-phonebk", "az-Arab-x-AZE-derbend",
                      "x-whatever", "qaa-Qaaa-QM-x-southern", "en-US-u-islamcal", "en-a-myext-b-another", "i-klingon",
                      "zh-min-nan", "ID", "EN-us"])
    func wellFormed(tag: String) {
        #expect(LanguageTag.isWellFormed(tag), "\(tag)")
    }

    @Test(arguments: ["", "Bahasa Indonesia", "i", "id_ID", "en-", "-en", "en--US", "de-419-DE", "a-DE",
                      "ar-a-aaa-b-bbb-a-ccc", "de-DE-1901-1901", "en-x", "en-US-u", "toolongsubtag", "indonésien",
                      "en-Latn-Cyrl", "12-US", "x-toolongsubtag"])
    func notWellFormed(tag: String) {
        #expect(!LanguageTag.isWellFormed(tag), "\(tag)")
    }
}
