/// The ids of a quiz's questions, which name them in every record, so Moodle's banks (which allow
/// repeated names) always load and records already made keep naming the same question.
///
/// The rule: a question's base id is its `[id:...]` (Moodle's idnumber) made into an id, else its
/// `::title::` made into an id, else `q` + its position among the file's questions. The first
/// question with a base id keeps it; each later one gets the first free `-2`, `-3`... suffix, free
/// meaning no question of the file has it as its base id and no earlier one was given it. So a file
/// without repeats keeps the ids it always had, and editing or adding a question changes no other
/// question's id unless the edit makes or removes a repeat of that very id.
struct QuestionIds {
    struct Repeat {
        var base: String
        /// Line of the first question with that base id.
        var firstLine: Int
    }

    /// In file order.
    private(set) var ids: [String] = []
    /// By question index: those that repeat an earlier question's base id.
    private(set) var repeats: [(Int, Repeat)] = []

    init(_ questions: [Question]) {
        let bases = questions.map(Self.base)
        let taken = Set(bases)
        var given = Set<String>()
        var firstLine: [String: Int] = [:]
        for (index, base) in bases.enumerated() {
            guard let first = firstLine[base] else {
                firstLine[base] = questions[index].line
                given.insert(base)
                ids.append(base)
                continue
            }
            var suffix = 2
            while taken.contains("\(base)-\(suffix)") || given.contains("\(base)-\(suffix)") { suffix += 1 }
            let id = "\(base)-\(suffix)"
            given.insert(id)
            ids.append(id)
            repeats.append((index, Repeat(base: base, firstLine: first)))
        }
    }

    /// `question.id` holds the positional id the reader gave it.
    static func base(_ question: Question) -> String {
        for written in [question.idNumber, question.title] {
            if let written, case let slug = Identifier.slug(written), !slug.isEmpty { return slug }
        }
        return question.id
    }
}
