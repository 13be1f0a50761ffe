import Canvas
import Localization
import CourseKit
import Markdown
import Quiz

extension Painter {
    mutating func drawQuiz() {
        guard let quiz = state.quiz else { return }
        let moduleTitle = state.course(quiz.courseID)?.module(id: quiz.moduleID)?.title ?? quiz.moduleID
        let counter = quiz.question.map { _ in strings(.quizQuestion, ["number": quiz.index + 1, "count": quiz.questions.count]) }
        drawHeader(strings(.quizTitle, ["module": moduleTitle]), right: counter)
        switch quiz.phase {
        case _ where quiz.session == nil:
            write(strings[.quizLoading], x: body.x, y: body.y, style: styles.muted)
        case .result(let score, let passed):
            drawResult(quiz, score: score, passed: passed)
        case .finishing:
            write(strings[.quizLoading], x: body.x, y: body.y, style: styles.muted)
        case .answering, .feedback:
            if quiz.questions.isEmpty {
                write(fitted(strings[.quizEmpty], body.width, ellipsis: glyphs.ellipsis), x: body.x, y: body.y)
            } else {
                drawQuestion(quiz)
            }
        }
    }

    /// The question text, the answer area and, after Enter, the feedback; the question text gives
    /// way first when the screen is short.
    private mutating func drawQuestion(_ quiz: QuizScreen) {
        guard let question = quiz.question else { return }
        let text = quizLines(question.text, format: question.format, width: body.width)
        var answer: [(String, Style)] = answerLines(quiz, question)
        if case .feedback(let fraction) = quiz.phase {
            answer += [("", .plain)] + feedbackLines(quiz, question, fraction: fraction)
        } else if let problem = quiz.problem {
            answer += [("", .plain), (strings[problem], styles.error)]
        }
        let room = max(body.height - answer.count - 1, 1)
        var y = body.y
        for line in text.prefix(room) {
            buffer.draw(line, x: body.x, y: y, width: body.width, theme: styles.theme)
            y += 1
        }
        y += 1
        for (line, style) in answer where y < body.maxY {
            write(fitted(line, body.width, ellipsis: glyphs.ellipsis), x: body.x, y: y, style: style)
            y += 1
        }
        if quiz.takesText {
            drawAnswerField(quiz, question, y: body.y + min(text.count, room) + 1)
        }
    }

    private func answerLines(_ quiz: QuizScreen, _ question: Question) -> [(String, Style)] {
        let showsMarks: Bool = if case .feedback = quiz.phase { true } else { false }
        switch question.kind {
        case .multipleChoice, .multipleAnswer, .trueFalse:
            return quiz.choices(strings).enumerated().map { index, choice in
                let selected = index == quiz.input.cursor && !showsMarks
                let right = showsMarks && isRight(question, index) ? " " + glyphs.check : ""
                let line = "\(selected ? glyphs.pointer : " ") \(index + 1). \(box(question, picked: quiz.input.picked.contains(index))) \(shownChoice(question, choice))\(right)"
                return (line, selected ? styles.selected : .plain)
            }
        case .matching(let pairs):
            let options = MatchingOptions.of(pairs)
            let prompts = pairs.filter { !$0.isDistractor }
            let shown = prompts.map { oneLine($0.prompt, question.format($0.promptFormat)) }
            let promptWidth = min(shown.map { displayWidth($0) }.max() ?? 0, body.width / 2)
            return [(strings[.quizMatchingHint], styles.muted)] + prompts.enumerated().map { index, pair in
                let chosen = quiz.input.matches.indices.contains(index) ? quiz.input.matches[index].map { options[$0] } : nil
                let selected = index == quiz.input.cursor && !showsMarks
                let mark = showsMarks && chosen == pair.answer ? " " + glyphs.check : ""
                let line = "\(selected ? glyphs.pointer : " ") \(fitted(shown[index], promptWidth, ellipsis: glyphs.ellipsis).padded(promptWidth)) \(glyphs.right) \(chosen ?? "___")\(mark)"
                return (line, selected ? styles.selected : .plain)
            }
        case .shortAnswer, .numerical, .essay:
            return [("", .plain)]
        case .description:
            return [(strings[.quizContinueHint], styles.muted)]
        }
    }

    private mutating func drawAnswerField(_ quiz: QuizScreen, _ question: Question, y: Int) {
        let prompt: Phrase = if case .numerical = question.kind { .quizNumberPrompt } else { .quizAnswerPrompt }
        let x = body.x + write(strings[prompt], x: body.x, y: y, style: styles.title)
        let answering: Bool = if case .answering = quiz.phase { true } else { false }
        drawField(quiz.input.field, x: x, y: y, width: body.maxX - x, active: answering)
    }

    /// A choice on its one line, in its format (the learner's true/false words are plain).
    private func shownChoice(_ question: Question, _ text: String) -> String {
        switch question.kind {
        case .multipleChoice(let choices), .multipleAnswer(let choices):
            oneLine(text, question.format(choices.first { $0.text == text }?.format))
        default: text
        }
    }

    private func oneLine(_ text: String, _ format: TextFormat) -> String {
        quizLines(text, format: format, width: 1000).map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func box(_ question: Question, picked: Bool) -> String {
        if case .multipleAnswer = question.kind { return picked ? "[x]" : "[ ]" }
        return picked ? "(*)" : "( )"
    }

    private func isRight(_ question: Question, _ index: Int) -> Bool {
        switch question.kind {
        case .multipleChoice(let choices), .multipleAnswer(let choices): choices[index].weight > 0
        case .trueFalse(let answer, _, _): (index == 0) == answer
        default: false
        }
    }

    private func feedbackLines(_ quiz: QuizScreen, _ question: Question, fraction: Double?) -> [(String, Style)] {
        let verdict: (String, Style) = switch fraction {
        case nil: (strings[.quizRecorded], styles.title)
        case let value? where value >= 1: (strings[.quizCorrect], styles.good)
        case let value? where value <= 0: (strings[.quizIncorrect], styles.error)
        case let value?: (strings(.quizPartial, ["percent": Readable.number(value * 100, strings.language)]), styles.key)
        }
        let given = quiz.responses[question.id].map { Grading.feedbackTexts(for: question, response: $0) } ?? []
        let notes = (given + [question.generalFeedbackText].compactMap { $0 })
            .flatMap { quizLines($0.text, format: $0.format, width: body.width) }.map { ($0.text, Style.plain) }
        return [verdict] + notes + [(strings[.quizContinueHint], styles.muted)]
    }

    private mutating func drawResult(_ quiz: QuizScreen, score: Double, passed: Bool) {
        let passMark = state.course(quiz.courseID)?.completion.passMark ?? 70
        write(strings[.quizResult], x: body.x, y: body.y, style: styles.title)
        write(strings(.quizScore, ["score": Readable.number(score, strings.language)]), x: body.x, y: body.y + 2)
        write(strings[passed ? .quizPassed : .quizFailed], x: body.x, y: body.y + 3, style: passed ? styles.good : styles.error)
        write(strings(.quizPassMark, ["score": Readable.number(passMark, strings.language)]), x: body.x, y: body.y + 4, style: styles.muted)
        if let left = quiz.session?.attemptsLeft {
            write(strings(.quizAttemptsLeft, ["count": max(left - 1, 0)]), x: body.x, y: body.y + 5, style: styles.muted)
        }
        write(fitted(strings[.quizContinueHint], body.width, ellipsis: glyphs.ellipsis), x: body.x, y: body.y + 7, style: styles.muted)
    }
}
