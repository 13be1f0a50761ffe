import Basics
import Canvas
import CourseKit
import Quiz

/// Opens the module's quiz: an unfinished attempt continues; a new attempt that the learner may
/// not want (the quiz is passed already, or attempts are limited) waits for Enter.
func openQuiz(_ course: Course, module index: Int, _ state: inout AppState) -> [Effect] {
    let module = course.modules[index]
    guard module.quiz != nil, let scope = state.scope(course.id) else { return [] }
    if state.screen != .quiz { push(.quiz, &state) }
    var quiz = QuizScreen(courseID: course.id, moduleID: module.id)
    quiz.scope = scope
    let record = state.record(course.id).modules[module.id] ?? ModuleRecord()
    if record.inProgress == nil && (record.passed || course.completion.maxAttempts > 0) {
        quiz.phase = .confirmingStart
        state.quiz = quiz
        return []
    }
    state.quiz = quiz
    return [.openQuiz(scope, moduleID: module.id)]
}

func quizKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard var quiz = state.quiz else { return back(&state) }
    let action = Keymap.action(for: key, in: state)
    if action == .back { return back(&state) }
    var effects: [Effect] = []
    switch quiz.phase {
    case .answering where quiz.takesText && quiz.session != nil && (action == nil || action == .up || action == .down):
        quiz.type(key, action: action, width: essayWidth(state.size))
    case _ where action?.movesByPage == true:
        quiz.scroll = QuizPage(state: state, quiz: quiz).scrolled(by: action, from: quiz.scroll)
    case .result where action == .up || action == .down:
        quiz.scroll = QuizPage(state: state, quiz: quiz).scrolled(by: action, from: quiz.scroll)
    case .result where action == .quiz, .confirmingStart where action == .confirm:
        return retake(&state)
    case .answering where quiz.session != nil:
        effects = quiz.answerKey(action)
    case .feedback where action == .confirm:
        effects = quiz.next()
    default: break
    }
    state.quiz = quiz
    return effects
}

/// A new attempt at the quiz on screen, asked for on the result screen or confirmed.
private func retake(_ state: inout AppState) -> [Effect] {
    guard let quiz = state.quiz, let course = state.course(quiz.courseID),
          let index = course.modules.firstIndex(where: { $0.id == quiz.moduleID }) else { return [] }
    if case .confirmingStart = quiz.phase {
        let made = state.record(course.id).modules[quiz.moduleID]?.attempts ?? 0
        guard AttemptRules(course.completion).mayStart(attemptsMade: made) else { return back(&state) }
        guard let scope = quiz.scope else { return [] }
        state.quiz?.phase = .answering
        return [.openQuiz(scope, moduleID: quiz.moduleID)]
    }
    return openQuiz(course, module: index, &state)
}

/// The essay box's width on a screen of `size`, the same in `update` (moving by line) and `view`.
func essayWidth(_ size: Size) -> Int { max(size.width - 6, 1) }

extension QuizScreen {
    mutating func start(_ session: QuizSession) -> [Effect] {
        guard session.courseID == courseID, session.moduleID == moduleID else { return [] }
        self.session = session
        responses = session.saved
        // A resumed attempt goes on at its first unanswered question; a new one starts at the top,
        // with any text-only question before the first answer.
        index = session.saved.isEmpty ? 0
            : questions.firstIndex { Grading.isAnswerable($0) && session.saved[$0.id] == nil } ?? questions.count
        return enter()
    }

    /// Prepares the question at `index`, or finishes the attempt after the last one.
    private mutating func enter() -> [Effect] {
        guard question != nil else {
            phase = .finishing
            guard let session, let scope else { return [] }
            return [.finishAttempt(scope, attempt: session.attempt, session.quiz)]
        }
        phase = .answering
        problem = nil
        scroll = nil
        input = QuestionInput()
        if case .matching(let pairs) = question?.kind {
            input.matches = Array(repeating: nil, count: pairs.filter { !$0.isDistractor }.count)
        }
        return []
    }

    mutating func next() -> [Effect] {
        index += 1
        return enter()
    }

    /// Short answer, numerical and essay take typed text.
    var takesText: Bool {
        switch question?.kind {
        case .shortAnswer, .numerical, .essay: true
        default: false
        }
    }

    var isEssay: Bool { if case .essay = question?.kind { true } else { false } }

    /// A key typed into the answer; the arrows of the key table move by line.
    mutating func type(_ key: Key, action: Action?, width: Int) {
        scroll = nil
        if action == .up || action == .down {
            EssayBox.move(&input.field, lines: action == .up ? -1 : 1, width: width)
            return
        }
        if input.field.edit(key) { problem = nil }
    }

    var choiceCount: Int {
        switch question?.kind {
        case .multipleChoice, .multipleAnswer, .trueFalse: order.count
        default: 0
        }
    }

    mutating func answerKey(_ action: Action?) -> [Effect] {
        guard let question else { return [] }
        if case .matching = question.kind { matchingKey(action, options: order.count) }
        let count = choiceCount
        switch action {
        case .up where count > 0: input.cursor = (input.cursor + count - 1) % count
        case .down where count > 0: input.cursor = (input.cursor + 1) % count
        case .choose(let number) where number < count:
            input.cursor = number
            pick(number, in: question)
        case .toggle where count > 0:
            pick(input.cursor, in: question)
        case .confirm:
            return confirm(question)
        default: return []
        }
        scroll = nil
        return []
    }

    private mutating func pick(_ choice: Int, in question: Question) {
        problem = nil
        if case .multipleAnswer = question.kind {
            if input.picked.contains(choice) { input.picked.remove(choice) } else { input.picked.insert(choice) }
        } else {
            input.picked = [choice]
        }
    }

    private mutating func matchingKey(_ action: Action?, options: Int) {
        let rows = input.matches.count
        guard rows > 0, options > 0 else { return }
        switch action {
        case .up: input.cursor = (input.cursor + rows - 1) % rows
        case .down: input.cursor = (input.cursor + 1) % rows
        case .left, .right:
            let step = action == .right ? 1 : options - 1
            input.matches[input.cursor] = ((input.matches[input.cursor] ?? (action == .right ? -1 : 0)) + step) % options
            problem = nil
        default: return
        }
        scroll = nil
    }

    private mutating func confirm(_ question: Question) -> [Effect] {
        guard let session, let scope else { return [] }
        if case .description = question.kind { return next() }
        guard let response = response(to: question) else { return [] }
        responses[question.id] = response
        scroll = nil
        phase = .feedback(fraction: Grading.fraction(of: question, response: response))
        return [.recordAnswer(scope, attempt: session.attempt, question, response)]
    }

    /// The answer as given, by file index, or nil (with `problem` set) when there is none yet.
    private mutating func response(to question: Question) -> Response? {
        let picked = input.picked.sorted().map { order[$0] }
        let typed = input.field.text.trimmed
        switch question.kind {
        case .multipleChoice where picked.isEmpty, .trueFalse where picked.isEmpty, .multipleAnswer where picked.isEmpty:
            problem = .quizPickOne
            return nil
        case .multipleChoice:
            return .choice(index: picked[0])
        case .trueFalse:
            return .truth(picked[0] == 0)
        case .multipleAnswer:
            return .choices(indexes: picked.sorted())
        case .shortAnswer where typed.isEmpty, .essay where typed.isEmpty:
            problem = isEssay ? .quizEssayEmpty : .quizTypeAnswer
            return nil
        case .shortAnswer, .essay:
            return .text(input.field.text)
        case .numerical:
            guard let number = NumberInput.parse(input.field.text) else { problem = .quizNotNumber; return nil }
            return .number(number)
        case .matching where input.matches.contains(nil):
            problem = .quizMatchEveryRow
            return nil
        case .matching(let pairs):
            let options = MatchingOptions.of(pairs)
            return .matching(answers: input.matches.map { $0.map { options[order[$0]] } })
        case .description:
            return nil
        }
    }
}
