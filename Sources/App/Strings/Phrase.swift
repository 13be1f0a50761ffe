import FoundationEssentials
import Localization

/// Every string the app shows, by key: a `Catalogue`, with a table per language
/// (`Phrase.indonesian`, `Phrase.english`) and `{name}` placeholders.
public enum Phrase: String, Catalogue {
    case appName
    case screenTooSmall, screenTooSmallHint
    // Profile
    case profileTitle, profileIntro, fieldNIP, fieldName, fieldAgency, fieldUnit
    case nameRequired, formSave
    case pickerTitle, pickerNew
    case fieldPIN, fieldPINAgain, pinOptional, pinRequired, pinNotDigits, pinLength, pinMismatch
    case pinTitle, pinEnter, pinCreate, pinRepeat
    // Library
    case libraryTitle, libraryEmpty, libraryFailed, filterPrompt, filterNone
    case statusNotStarted, statusInProgress, statusCompleted, hoursShort
    // Outline
    case outlineContinue, outlineMinutes, outlineQuizScore, outlineQuizNone
    case outlineAttemptsLeft
    // Reader
    case readerLoading, readerEnd, readerEndQuiz, searchPrompt, searchNoHits, searchHits
    case searchRunning, readerLayingOut
    case contentsTitle, contentsEmpty, linksTitle, linksEmpty, readerMissing, readerPlain
    // Quiz
    case quizTitle, quizQuestion, quizLoading, quizCorrect, quizPartial, quizIncorrect, quizRecorded
    case quizTrue, quizFalse, quizAnswerPrompt, quizNumberPrompt, quizNotNumber, quizPickOne
    case quizScore, quizPassed, quizFailed, quizPassMark, quizAttemptsLeft
    case quizEmpty, quizMatchingHint, quizContinueHint
    case quizEssayEmpty, quizTypeAnswer, quizMatchEveryRow, quizRightAnswer, quizRightAnswerIs
    case quizNumberTolerance, quizNumberRange, quizConfirmPassed, quizConfirmLimited, quizConfirmNoneLeft
    case quizConfirmHint, quizCounts, quizCourseCompleted, quizResultHint, quizReviewTitle, quizYourAnswer
    case quizNoAnswer, quizPending, quizNextRetake, quizNextNoAttempts, quizNextModule, quizNextCourseDone
    case quizNextFinishCourse, quizResumed, outlineQuizInProgress
    // Progress
    case progressTitle, progressYear, progressJP, progressCompletions, progressNone
    case progressPending, progressLoading, progressLastExport, progressLastPush, progressNever, progressNewFeedback
    case exportPrompt, exportDrives, exportNoDrive, exportDone, exportNothing, exportWorking, pushWorking, pushProgress
    case pushDone, pushNotConfigured, syncBusy, keyNextDrive
    // The runtime
    case unexpectedError
    // Help and keys
    case helpTitle, helpClose, helpScroll
    case keyUp, keyDown, keyPageDown, keyPageUp, keyTop, keyBottom, keyLeft, keyRight
    case keyOpen, keyBack, keyQuit, keyHelp, keyFilter, keySearch, keyNextHit, keyPreviousHit
    case keyContents, keyLinks, keyNextModule, keyPreviousModule, keyResume, keyQuiz
    case keyProgress, keyNewLearner, keyToggle, keyConfirm, keyChoose, keyNextField, keyCancel
    case feedbackTitle, feedbackNone, feedbackScore, feedbackNew, keyFeedback, keyReceive, receivePrompt, receiveDone
    case keySpaceName, keyQuitNow, keyExport, keyPush, keyKeepFilter, keyContinue, keyReaderEnter, quizNone, keyRetake, keyStartAttempt
    // MARK: Mentor review at the office (issue 13; sentences in ReviewPhrases.swift)
    case reviewTitle, reviewLoading, reviewNone, reviewLoadFailed, reviewCounts, reviewWaiting
    case reviewNotSent, reviewLearner, reviewQuestion, reviewAnswer, reviewGuidance, reviewNoGuidance
    case reviewScoreField, reviewCommentField, reviewScoreBad, reviewScoreEmpty, reviewSaving, reviewSavedSent
    case reviewSavedKept, reviewSavedUnsent, reviewFirst, reviewLast, reviewBy, reviewEmptyAnswer
    case reviewMentorTitle, reviewMentorIntro, reviewMentorNameRequired
    case keySaveReview, keyNextEssay, keyPreviousEssay, keyReload, keyScrollUp, keyScrollDown
    // MARK: The learner's feedback (issue 13, point 5)
    case keyOpenAnswer, feedbackAnswerGone, quizMentorGrade, quizMentorComment
}

extension Phrase {
    /// Each screen's block of sentences, merged once.
    private static let englishAll = english.merging(reviewEnglish) { own, _ in own }
    private static let indonesianAll = indonesian.merging(reviewIndonesian) { own, _ in own }

    public static func table(_ language: Language) -> [Phrase: String] {
        language == .english ? englishAll : indonesianAll
    }
}

/// The phrases of one language.
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public subscript(_ phrase: Phrase) -> String { phrase.text(in: language) }

    /// The phrase with each `{name}` replaced by the value of `arguments[name]`.
    public func callAsFunction(_ phrase: Phrase, _ arguments: [String: any CustomStringConvertible]) -> String {
        phrase.text(in: language, arguments.mapValues(\.description))
    }
}
