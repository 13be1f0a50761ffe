/// Which key table holds: a screen's, or that of a mode within it (a text field being typed
/// in, an overlay, a phase of the quiz).
public enum KeyContext: Sendable, Hashable, CaseIterable {
    case profileForm, learnerPicker, pinPrompt, library, libraryFilter, outline
    case reader, readerSearch, readerOverlay
    case quizChoice, quizMatching, quizText, quizFeedback, quizConfirmStart, quizResult, quizWaiting
    case progress, exportPath, receivePath, feedback
    // MARK: Mentor review
    case reviewList, reviewEssay, reviewMentor

    /// A text field has the keys: what no binding takes is typed into it.
    public var isTyping: Bool {
        [.profileForm, .pinPrompt, .libraryFilter, .readerSearch, .quizText, .exportPath, .receivePath,
         .reviewEssay, .reviewMentor].contains(self)
    }

    public static func of(_ state: AppState) -> KeyContext {
        switch state.screen ?? .learnerPicker {
        case .profileForm: .profileForm
        case .learnerPicker: .learnerPicker
        case .pinPrompt: .pinPrompt
        case .library: state.library.isFiltering ? .libraryFilter : .library
        case .outline: .outline
        case .reader:
            state.reader?.search.isEditing == true ? .readerSearch : state.reader?.overlay != nil ? .readerOverlay : .reader
        case .quiz: quizContext(state.quiz)
        case .progress: state.exportPath != nil ? .exportPath : state.receivePath != nil ? .receivePath : .progress
        case .feedback: .feedback
        case .review: reviewContext(state.review)
        }
    }

    private static func quizContext(_ quiz: QuizScreen?) -> KeyContext {
        guard let quiz else { return .quizWaiting }
        if case .confirmingStart = quiz.phase { return .quizConfirmStart }
        guard quiz.session != nil else { return .quizWaiting }
        switch quiz.phase {
        case .answering:
            if quiz.takesText { return .quizText }
            if case .matching = quiz.question?.kind { return .quizMatching }
            return .quizChoice
        case .feedback: return .quizFeedback
        case .result: return .quizResult
        case .finishing, .confirmingStart: return .quizWaiting
        }
    }
}

extension AppState {
    /// Why `action` would do nothing right now, in the words said when its key is pressed.
    func reasonDisabled(_ action: Action) -> Phrase? {
        switch (screen, action) {
        case (.outline, .quiz):
            let module = outline.selected - 1
            let modules = course(outline.courseID)?.modules ?? []
            return modules.indices.contains(module) && modules[module].quiz != nil ? nil : .quizNone
        case (.reader, .quiz):
            guard let reader, let course = course(reader.courseID) else { return .quizNone }
            return course.modules[reader.moduleIndex].quiz != nil ? nil : .quizNone
        case (.progress, .nextField):
            return report?.drives.isEmpty == false ? nil : .exportNoDrive
        case (.progress, .export):
            return sync != nil ? .syncBusy : nil
        case (.progress, .receive):
            return sync != nil ? .syncBusy : nil
        case (.progress, .push):
            if sync != nil { return .syncBusy }
            return report?.canPush == true ? nil : .pushNotConfigured
        // MARK: The learner's feedback (issue 13, point 5)
        case (.library, .feedback):
            return feedbackCount.total > 0 ? nil : .feedbackNone
        case (.feedback, .open):
            guard let items = feedback, items.indices.contains(feedbackTop) else { return .feedbackNone }
            guard let answer = items[feedbackTop].answer, course(answer.courseID) != nil else { return .feedbackAnswerGone }
            return nil
        default:
            return screen == .review ? review?.reasonDisabled(action) : nil
        }
    }
}
