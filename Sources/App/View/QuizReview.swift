import Basics
import Canvas
import Localization
import CourseKit
import Markdown
import Quiz

/// After each answer: the verdict, the right answer when it was not given, the trainer's
/// feedback. After the attempt: the result with what to do next, and the review of every answer.
extension Painter {
    func buildFeedback(_ page: inout QuizPage, _ quiz: QuizScreen, _ question: Question, fraction: Double?) {
        let verdict = fraction.map(Verdict.of) ?? .pending
        page.add(verdictText(verdict), verdictStyle(verdict))
        let response = quiz.responses[question.id]
        if verdict != .right && verdict != .pending {
            let right = rightAnswers(question, given: response)
            if !right.isEmpty {
                page.add(strings[.quizRightAnswer], styles.title)
                for text in right { page.add(prefix: "  \(glyphs.check) ", quizLines(text, format: question.format, width: body.width - 4)) }
            }
        }
        let notes = (response.map { Grading.feedbackTexts(for: question, response: $0) } ?? [])
            + [question.generalFeedbackText].compactMap { $0 }
        for note in notes { page.add(quizLines(shown(note.text), format: note.format, width: body.width)) }
        page.add(strings[.quizContinueHint], styles.muted)
    }

    func buildConfirm(_ page: inout QuizPage, _ quiz: QuizScreen) {
        guard let course = state.course(quiz.courseID) else { return }
        let record = state.record(course.id).modules[quiz.moduleID] ?? ModuleRecord()
        let left = AttemptRules(course.completion).attemptsLeft(attemptsMade: record.attempts)
        var said: [(String, Style)] = []
        if record.passed { said.append((strings(.quizConfirmPassed, ["score": Readable.number(record.bestScore ?? 0, strings.language)]), styles.good)) }
        if left == 0 {
            said.append((strings[.quizConfirmNoneLeft], styles.error))
        } else {
            if let left { said.append((strings(.quizConfirmLimited, ["count": left]), styles.key)) }
            said.append((strings[.quizConfirmHint], .plain))
        }
        for (text, style) in said {
            page.add(text, style)
            page.add("")
        }
    }

    func buildResult(_ page: inout QuizPage, _ quiz: QuizScreen, _ outcome: QuizOutcome) {
        let review = AttemptReview(questions: quiz.questions, responses: quiz.responses,
                                   manualGrades: quiz.grades.mapValues { $0.percent / 100 })
        let passMark = state.course(quiz.courseID)?.completion.passMark ?? 70
        var said: [(String, Style)] = [
            (strings(.quizScore, ["score": Readable.number(outcome.score, strings.language)]) + "  " + strings[outcome.passed ? .quizPassed : .quizFailed],
             outcome.passed ? styles.good : styles.error),
            (strings(.quizCounts, ["right": review.right, "wrong": review.wrong, "pending": review.pending]), .plain),
            (strings(.quizPassMark, ["score": Readable.number(passMark, strings.language)]), styles.muted),
        ]
        if let left = quiz.session?.attemptsLeft { said.append((strings(.quizAttemptsLeft, ["count": left]), styles.muted)) }
        if let hours = outcome.completedHours { said.append((strings(.quizCourseCompleted, ["hours": Readable.number(hours, strings.language)]), styles.good)) }
        said.append((nextStep(quiz, outcome), styles.title))
        said.append((strings[.quizResultHint], styles.muted))
        for (text, style) in said {
            page.add(text, style)
        }
        page.add("")
        page.add(strings[.quizReviewTitle], styles.title)
        for (number, row) in review.rows.enumerated() { buildReviewRow(&page, number + 1, row, grade: quiz.grades[row.question.id]) }
    }

    private func nextStep(_ quiz: QuizScreen, _ outcome: QuizOutcome) -> String {
        guard outcome.passed else {
            if quiz.session?.attemptsLeft == 0 { return strings[.quizNextNoAttempts] }
            let retake = Keymap.bindings(for: .quizResult).first { $0.action == .quiz }.map { label($0, first: true) } ?? ""
            return strings(.quizNextRetake, ["key": retake])
        }
        if outcome.completedHours != nil { return strings[.quizNextCourseDone] }
        guard let course = state.course(quiz.courseID), let index = course.modules.firstIndex(where: { $0.id == quiz.moduleID }),
              index + 1 < course.modules.count else { return strings[.quizNextFinishCourse] }
        return strings(.quizNextModule, ["module": Sanitizer.clean(shown(course.modules[index + 1].title))])
    }

    /// "3. ✗ question", then the answer given and, when it was not right, the right one.
    private func buildReviewRow(_ page: inout QuizPage, _ number: Int, _ row: ReviewRow, grade: MentorGrade?) {
        let mark = switch row.verdict {
        case .right: glyphs.check
        case .pending: "?"
        default: glyphs.cross
        }
        let prefix = "\(number). \(mark) "
        let style = verdictStyle(row.verdict)
        let question = quizLines(shown(row.question.text), format: row.question.format, width: body.width - displayWidth(prefix))
        page.add(prefix: prefix, question, style: style)
        let given = row.response.map { givenText(row.question, $0) } ?? strings[.quizNoAnswer]
        page.add(prefix: "    ", quizLines(strings(.quizYourAnswer, ["answer": given]), format: row.question.format, width: body.width - 4))
        if case .essay = row.question.kind { return buildMentorGrade(&page, grade, style: style) }
        switch row.verdict {
        case .pending:
            page.add(prefix: "    ", quizLines(strings[.quizPending], format: .plain, width: body.width - 4))
        case .right, .none:
            break
        default:
            let right = rightAnswers(row.question, given: row.response).joined(separator: "; ")
            page.add(prefix: "    ", quizLines(strings(.quizRightAnswerIs, ["answer": right]), format: row.question.format, width: body.width - 4))
        }
    }

    // MARK: The learner's feedback (issue 13, point 5)
    /// Under an essay: the mentor's grade and comment, or that it waits for one. The mentor's
    /// words come from outside: plain text, cleaned before it is drawn.
    private func buildMentorGrade(_ page: inout QuizPage, _ grade: MentorGrade?, style: Style) {
        let width = body.width - 4
        guard let grade else {
            page.add(prefix: "    ", quizLines(strings[.quizPending], format: .plain, width: width))
            return
        }
        let said = strings(.quizMentorGrade, ["mentor": Sanitizer.cleanLine(grade.mentor),
                                              "percent": Readable.number(grade.percent, strings.language),
                                              "date": readableTime(grade.reviewedAt)])
        page.add(prefix: "    ", quizLines(shown(said), format: .plain, width: width), style: style)
        let comment = Sanitizer.clean(grade.comment)
        guard !comment.trimmed.isEmpty else { return }
        page.add(prefix: "    ", quizLines(shown(strings(.quizMentorComment, ["comment": comment])), format: .plain, width: width))
    }

    private func verdictText(_ verdict: Verdict) -> String {
        switch verdict {
        case .right: strings[.quizCorrect]
        case .wrong, .none: strings[.quizIncorrect]
        case .partial(let fraction): strings(.quizPartial, ["percent": Readable.number(fraction * 100, strings.language)])
        case .pending: strings[.quizRecorded]
        }
    }

    private func verdictStyle(_ verdict: Verdict) -> Style {
        switch verdict {
        case .right: styles.good
        case .wrong, .none: styles.error
        case .partial: styles.key
        case .pending: styles.title
        }
    }

    /// What a fully right answer is, one item a line; for matching, only the rows given wrong.
    func rightAnswers(_ question: Question, given: Response?) -> [String] {
        switch RightAnswer(question) {
        case .choices(let indexes): indexes.map { choiceText(question, $0) }
        case .truth(let answer): [strings[answer ? .quizTrue : .quizFalse]]
        case .texts(let texts): texts.map(shown)
        case .numbers(let values): values.map(numberText)
        case .pairs(let pairs):
            pairs.enumerated().filter { index, pair in
                guard case .matching(let answers)? = given, answers.indices.contains(index) else { return true }
                return answers[index] != pair.answer
            }.map { "\(shown($0.element.prompt)) \(glyphs.right) \(shown($0.element.answer))" }
        case .none: []
        }
    }

    private func givenText(_ question: Question, _ response: Response) -> String {
        switch response {
        case .choice(let index): choiceText(question, index)
        case .choices(let indexes): indexes.map { choiceText(question, $0) }.joined(separator: "; ")
        case .truth(let value): strings[value ? .quizTrue : .quizFalse]
        case .text(let text): shown(text)
        case .number(let value): exact(value)
        case .matching(let answers):
            answers.enumerated().map { index, answer in
                let prompts = if case .matching(let pairs) = question.kind { pairs.filter { !$0.isDistractor } } else { [MatchPair]() }
                let prompt = prompts.indices.contains(index) ? shown(prompts[index].prompt) : ""
                return "\(prompt) \(glyphs.right) \(answer.map(shown) ?? "___")"
            }.joined(separator: "; ")
        }
    }

    private func numberText(_ value: NumericalAnswer.Value) -> String {
        switch value {
        case .exact(let target, let tolerance) where tolerance == 0: exact(target)
        case .exact(let target, let tolerance): strings(.quizNumberTolerance, ["value": exact(target), "tolerance": exact(abs(tolerance))])
        case .range(let low, let high): strings(.quizNumberRange, ["low": exact(min(low, high)), "high": exact(max(low, high))])
        case .anyOther: ""
        }
    }

    /// A number as the trainer wrote it, without rounding, with a decimal comma in Indonesian.
    private func exact(_ value: Double) -> String {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return strings.language == .indonesian ? text.replacingEvery(".", with: ",") : text
    }
}
