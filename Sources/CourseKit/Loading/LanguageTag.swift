/// BCP 47 language tags (RFC 5646, section 2.1), checked for syntax: `id`, `en-US`,
/// `zh-Hant-TW`, `sr-Latn-RS`, `de-CH-1996`, `x-private`. xAPI keys every language map with
/// such a tag, and a strict LRS refuses a statement whose key is not one (`Bahasa Indonesia`).
/// Whether a subtag is registered with IANA is not checked: the registry changes, the syntax
/// does not, and syntax is what an LRS validates.
public enum LanguageTag {
    public static func isWellFormed(_ tag: String) -> Bool {
        guard !tag.isEmpty, tag.utf8.allSatisfy({ $0 < 128 }) else { return false }
        let lower = tag.lowercased()
        if grandfathered.contains(lower) { return true }
        let subtags = lower.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(\.isASCIIAlphanumeric) }) else {
            return false
        }
        if subtags[0] == "x" { return isPrivateUse(subtags[...]) }
        return isLangtag(subtags)
    }

    private static func isLangtag(_ subtags: [String]) -> Bool {
        var rest = subtags[...]
        guard let language = rest.popFirst(), language.allSatisfy(\.isLetter), (2...8).contains(language.count) else {
            return false
        }
        if language.count <= 3 {   // up to three extended language subtags
            var extlangs = 0
            while extlangs < 3, let next = rest.first, next.count == 3, next.allSatisfy(\.isLetter) {
                rest.removeFirst()
                extlangs += 1
            }
        }
        if let script = rest.first, script.count == 4, script.allSatisfy(\.isLetter) { rest.removeFirst() }
        if let region = rest.first,
           (region.count == 2 && region.allSatisfy(\.isLetter)) || (region.count == 3 && region.allSatisfy(\.isNumber)) {
            rest.removeFirst()
        }
        var variants = Set<String>()
        while let variant = rest.first, isVariant(variant) {
            guard variants.insert(variant).inserted else { return false }
            rest.removeFirst()
        }
        var singletons = Set<String>()
        while let singleton = rest.first, singleton.count == 1, singleton != "x" {
            guard singletons.insert(singleton).inserted else { return false }
            rest.removeFirst()
            var parts = 0
            while let part = rest.first, (2...8).contains(part.count) {
                rest.removeFirst()
                parts += 1
            }
            guard parts > 0 else { return false }
        }
        return rest.isEmpty || isPrivateUse(rest)
    }

    /// `x-` and one or more subtags of 1 to 8 characters.
    private static func isPrivateUse(_ subtags: ArraySlice<String>) -> Bool {
        subtags.first == "x" && subtags.count > 1
    }

    /// Five to eight characters, or four starting with a digit.
    private static func isVariant(_ subtag: String) -> Bool {
        (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first?.isNumber == true)
    }

    /// RFC 5646's grandfathered tags, irregular and regular, which the syntax alone would refuse
    /// or read differently.
    private static let grandfathered: Set<String> = [
        "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    ]
}

private extension Character {
    var isASCIIAlphanumeric: Bool { isASCII && (isLetter || isNumber) }
}
