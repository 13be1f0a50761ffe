import Canvas
import CourseKit
import Quiz

func openQuiz(_ course: Course, module index: Int, _ state: inout AppState) -> [Effect] {
    let module = course.modules[index]
    guard module.quiz != nil, let scope = state.scope(course.id) else { return [] }
    state.quiz = QuizScreen(courseID: course.id, moduleID: module.id)
    state.quiz?.scope = scope
    push(.quiz, &state)
    return [.openQuiz(scope, moduleID: module.id)]
}

func quizKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard var quiz = state.quiz else { return back(&state) }
    let action = Keymap.action(for: key, in: state)
    if action == .back { return back(&state) }
    var effects: [Effect] = []
    switch quiz.phase {
    case .answering where quiz.takesText && action == nil:
        _ = quiz.input.field.edit(key)
        quiz.problem = nil
    case .answering:
        effects = quiz.answerKey(action)
    case .feedback where action == .confirm:
        effects = quiz.next()
    default: break
    }
    state.quiz = quiz
    return effects
}

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

    var choiceCount: Int {
        switch question?.kind {
        case .multipleChoice(let choices), .multipleAnswer(let choices): choices.count
        case .trueFalse: 2
        default: 0
        }
    }

    /// The choices shown for choice questions, in file order.
    func choices(_ strings: Strings) -> [String] {
        switch question?.kind {
        case .multipleChoice(let choices), .multipleAnswer(let choices): choices.map(\.text)
        case .trueFalse: [strings[.quizTrue], strings[.quizFalse]]
        default: []
        }
    }

    mutating func answerKey(_ action: Action?) -> [Effect] {
        guard let question else { return [] }
        if case .matching(let pairs) = question.kind { matchingKey(action, options: MatchingOptions.of(pairs).count) }
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
        default: break
        }
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
        default: return
        }
    }

    private mutating func confirm(_ question: Question) -> [Effect] {
        guard let session, let scope else { return [] }
        if case .description = question.kind { return next() }
        guard let response = response(to: question) else { return [] }
        responses[question.id] = response
        phase = .feedback(fraction: Grading.fraction(of: question, response: response))
        return [.recordAnswer(scope, attempt: session.attempt, question, response)]
    }

    /// The answer as given, or nil (with `problem` set) when there is none yet.
    private mutating func response(to question: Question) -> Response? {
        let picked = input.picked.sorted()
        switch question.kind {
        case .multipleChoice:
            if picked.isEmpty { input.picked = [input.cursor] }
            return .choice(index: input.picked.first ?? input.cursor)
        case .trueFalse:
            return .truth((input.picked.first ?? input.cursor) == 0)
        case .multipleAnswer:
            if picked.isEmpty { problem = .quizPickOne; return nil }
            return .choices(indexes: picked)
        case .shortAnswer, .essay:
            return .text(input.field.text)
        case .numerical:
            guard let number = NumberInput.parse(input.field.text) else { problem = .quizNotNumber; return nil }
            return .number(number)
        case .matching(let pairs):
            let options = MatchingOptions.of(pairs)
            return .matching(answers: input.matches.map { $0.map { options[$0] } })
        case .description:
            return nil
        }
    }
}
