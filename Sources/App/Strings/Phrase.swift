import Foundation
import Localization

/// Every string the app shows, by key. Each language has one table (`Phrase.indonesian`,
/// `Phrase.english`); a test checks that both cover every key. `{1}`, `{2}` are filled in order.
public enum Phrase: String, CaseIterable, Sendable {
    case appName
    case screenTooSmall, screenTooSmallHint
    // Profile
    case profileTitle, profileIntro, fieldNIP, fieldName, fieldAgency, fieldUnit
    case nipEmpty, nipNotDigits, nipLength, nipBirthDate, nipBirthInFuture, nipServiceMonth
    case nipServiceBeforeBirth, nipSex, nipSequence, nipAge, nipValid, nameRequired, formSave
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
    case exportPrompt, exportDrives, exportNoDrive, exportDone, exportNothing, pushWorking, pushDone, pushNotConfigured
    // Help and keys
    case helpTitle, helpClose, helpScroll
    case keyUp, keyDown, keyPageDown, keyPageUp, keyTop, keyBottom, keyLeft, keyRight
    case keyOpen, keyBack, keyQuit, keyHelp, keyFilter, keySearch, keyNextHit, keyPreviousHit
    case keyContents, keyLinks, keyNextModule, keyPreviousModule, keyResume, keyQuiz
    case keyProgress, keyNewLearner, keyToggle, keyConfirm, keyChoose, keyNextField, keyCancel
    case feedbackTitle, feedbackNone, feedbackScore, feedbackNew, keyFeedback, keyReceive, receivePrompt, receiveDone
    case keySpaceName, keyQuitNow, keyExport, keyPush, keyRetake
}

/// The phrases of one language.
public struct Strings: Sendable {
    public let language: Language
    private let table: [Phrase: String]

    public init(_ language: Language) {
        self.language = language
        table = language == .indonesian ? Phrase.indonesian : Phrase.english
    }

    public subscript(_ phrase: Phrase) -> String { table[phrase] ?? phrase.rawValue }

    /// The phrase with `{1}`, `{2}`... replaced by `values` in order.
    public func callAsFunction(_ phrase: Phrase, _ values: CustomStringConvertible...) -> String {
        var text = self[phrase]
        for (index, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: value.description)
        }
        return text
    }
}

