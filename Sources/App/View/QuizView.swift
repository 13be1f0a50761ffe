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
        let inQuestion: Bool = switch quiz.phase { case .answering, .feedback: true; default: false }
        drawHeader(strings(.quizTitle, ["module": moduleTitle]), right: inQuestion ? counter : nil)
        switch quiz.phase {
        case .confirmingStart, .result:
            drawPage(QuizPage(state: state, quiz: quiz), scroll: quiz.scroll)
        case _ where quiz.session == nil, .finishing:
            write(strings[.quizLoading], x: body.x, y: body.y, style: styles.muted)
        case .answering, .feedback:
            if quiz.questions.isEmpty {
                write(fitted(strings[.quizEmpty], body.width, ellipsis: glyphs.ellipsis), x: body.x, y: body.y)
            } else {
                drawPage(QuizPage(state: state, quiz: quiz), scroll: quiz.scroll)
            }
        }
    }

    /// The page from its top line; marks at the right edge say there is more above or below.
    private mutating func drawPage(_ page: QuizPage, scroll: Int?) {
        let top = page.top(scroll)
        for (offset, line) in page.lines.dropFirst(top).prefix(body.height).enumerated() {
            let y = body.y + offset
            let x = body.x + line.indent
            if line.selected { buffer.fill(Rect(x: body.x - 1, y: y, width: body.width + 2, height: 1), style: styles.selected) }
            if let styled = line.styled {
                buffer.draw(styled, x: x, y: y, width: body.maxX - x, theme: styles.theme)
                if line.selected { buffer.restyle(Rect(x: body.x - 1, y: y, width: body.width + 2, height: 1)) { $0.reverse = true } }
            } else {
                write(line.text, x: x, y: y, style: line.selected ? styles.selected : line.style,
                      clip: Rect(x: x, y: y, width: body.maxX - x, height: 1))
            }
            if let cursor = line.cursor {
                buffer.restyle(Rect(x: x + cursor, y: y, width: 1, height: 1)) { $0.reverse = true }
            }
        }
        if top > 0 { write(glyphs.moreAbove, x: body.maxX, y: body.y, style: styles.key) }
        if top + body.height < page.lines.count {
            write(glyphs.moreBelow, x: body.maxX, y: body.maxY - 1, style: styles.key)
        }
    }

    /// Course text as the terminal can show it: under `LANG=C`, typography by its stand-ins.
    func shown(_ text: String) -> String { state.display.isUTF8 ? text : ASCIIFallback.text(text) }

    func build(_ page: inout QuizPage, _ quiz: QuizScreen) {
        switch quiz.phase {
        case .confirmingStart: buildConfirm(&page, quiz)
        case .result(let outcome): buildResult(&page, quiz, outcome)
        default: buildQuestion(&page, quiz)
        }
    }

    /// The question, the answer area, and after Enter the verdict, the right answer and feedback.
    private func buildQuestion(_ page: inout QuizPage, _ quiz: QuizScreen) {
        guard let question = quiz.question else { return }
        page.add(quizLines(shown(question.text), format: question.format, width: body.width))
        page.add("")
        page.focus = page.lines.count
        page.cursor = page.lines.count
        buildAnswer(&page, quiz, question)
        if case .feedback(let fraction) = quiz.phase {
            page.add("")
            // What the answer earned comes first on a short screen; the choices are a PgUp away.
            page.focus = page.lines.count
            page.cursor = page.lines.count
            buildFeedback(&page, quiz, question, fraction: fraction)
        } else if let problem = quiz.problem {
            page.add("")
            page.cursor = page.lines.count
            page.add(strings[problem], styles.error)
        }
    }

    private func buildAnswer(_ page: inout QuizPage, _ quiz: QuizScreen, _ question: Question) {
        switch question.kind {
        case .multipleChoice, .multipleAnswer, .trueFalse:
            buildChoices(&page, quiz, question)
        case .matching(let pairs):
            buildMatching(&page, quiz, pairs, question)
        case .shortAnswer, .numerical, .essay:
            buildTyped(&page, quiz, question)
        case .description:
            page.add(strings[.quizContinueHint], styles.muted)
        }
    }

    /// "› 1. ( ) text", the text wrapped under itself; after Enter a mark before it: ✓ right, ✗ wrong.
    private func buildChoices(_ page: inout QuizPage, _ quiz: QuizScreen, _ question: Question) {
        let answered: Bool = if case .feedback = quiz.phase { true } else { false }
        let right = RightAnswer(question)
        for (position, file) in quiz.order.enumerated() {
            let selected = position == quiz.input.cursor && !answered
            let picked = quiz.input.picked.contains(position)
            let isRight = if case .choices(let indexes) = right { indexes.contains(file) }
                else if case .truth(let answer) = right { (file == 0) == answer } else { false }
            let mark = !answered ? "" : isRight ? glyphs.check + " " : picked ? glyphs.cross + " " : "  "
            let box = if case .multipleAnswer = question.kind { picked ? "[x]" : "[ ]" } else { picked ? "(*)" : "( )" }
            let prefix = "\(selected ? glyphs.pointer : " ") \(position + 1). \(box) \(mark)"
            let text = choiceText(question, file)
            if selected { page.cursor = page.lines.count }
            page.add(prefix: prefix, quizLines(text, format: choiceFormat(question, file), width: body.width - displayWidth(prefix)),
                     selected: selected)
        }
    }

    func choiceText(_ question: Question, _ file: Int) -> String {
        switch question.kind {
        case .multipleChoice(let choices), .multipleAnswer(let choices): shown(choices[file].text)
        case .trueFalse: strings[file == 0 ? .quizTrue : .quizFalse]
        default: ""
        }
    }

    /// A choice's own format tag, else the question's; the learner's true/false words are plain.
    func choiceFormat(_ question: Question, _ file: Int) -> TextFormat {
        switch question.kind {
        case .multipleChoice(let choices), .multipleAnswer(let choices): question.format(choices[file].format)
        default: .plain
        }
    }

    /// "› PNS → Pegawai tetap", wrapped under the prompt; after Enter ✓ or ✗ before each row.
    private func buildMatching(_ page: inout QuizPage, _ quiz: QuizScreen, _ pairs: [MatchPair], _ question: Question) {
        let answered: Bool = if case .feedback = quiz.phase { true } else { false }
        let options = MatchingOptions.of(pairs)
        page.add(strings[.quizMatchingHint], styles.muted)
        for (row, pair) in pairs.filter({ !$0.isDistractor }).enumerated() {
            let chosen = quiz.input.matches.indices.contains(row) ? quiz.input.matches[row].map { options[quiz.order[$0]] } : nil
            let selected = row == quiz.input.cursor && !answered
            let mark = !answered ? "" : chosen == pair.answer ? glyphs.check + " " : glyphs.cross + " "
            let prefix = "\(selected ? glyphs.pointer : " ") \(mark)"
            let text = "\(shown(pair.prompt)) \(glyphs.right) \(chosen.map(shown) ?? "___")"
            if selected { page.cursor = page.lines.count }
            page.add(prefix: prefix, quizLines(text, format: question.format(pair.promptFormat), width: body.width - displayWidth(prefix)),
                     selected: selected)
        }
    }

    /// The prompt, then the typed answer in a box below it, wrapped as it is typed.
    private func buildTyped(_ page: inout QuizPage, _ quiz: QuizScreen, _ question: Question) {
        let answering: Bool = if case .answering = quiz.phase { true } else { false }
        let field = quiz.input.field
        page.add(strings[isNumerical(question) ? .quizNumberPrompt : .quizAnswerPrompt], styles.title)
        let width = essayWidth(state.size)
        let (cursorLine, cursorColumn) = EssayBox.cursor(field, width: width)
        for (index, range) in EssayBox.lines(field, width: width).enumerated() {
            let text = String(field.characters[range])
            page.lines.append(PageLine(indent: 2, text: text + String(repeating: " ", count: max(width - displayWidth(text), 0)),
                                       style: styles.field, cursor: answering && index == cursorLine ? cursorColumn : nil))
            if index == cursorLine { page.cursor = page.lines.count - 1 }
        }
    }

    private func isNumerical(_ question: Question) -> Bool {
        if case .numerical = question.kind { return true }
        return false
    }
}
