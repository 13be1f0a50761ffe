import CourseKit
import Foundation
import ProgressStore
import Quiz

// A learner who never stops: opens a module, then takes its quiz answer by answer, over and
// over, logging each commit once it has returned. The kill and concurrency tests in
// ProgressStoreTests run it, kill it, and check that the store holds every logged commit.
//
//   store-stress STORE LOG NIP [ATTEMPTS]      (no ATTEMPTS: until killed)

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(Data("usage: store-stress STORE LOG NIP [ATTEMPTS]\n".utf8))
    exit(2)
}
let limit = arguments.count > 4 ? Int(arguments[4]) ?? 0 : Int.max

let module = Module(id: "kuis", title: "Kuis", file: "kuis.md", quiz: "kuis.gift")
let course = Course(id: "stress", title: "Stress", version: "1.0.0", hours: 1, modules: [module],
                    completion: CompletionRule(passMark: 50, maxAttempts: 0), folder: URL(fileURLWithPath: "/stress"))
let quiz = ModuleQuiz(file: "kuis.gift", questions: ["a", "b", "c"].map { id in
    Question(id: id, text: "Soal \(id)", kind: .trueFalse(answer: true, whenWrong: nil, whenRight: nil), line: 1)
})

let log = open(arguments[2], O_WRONLY | O_CREAT | O_APPEND, 0o600)
/// One write per line, so a kill leaves whole lines only.
func logged(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(log, $0.baseAddress, $0.count) }
}

do {
    let store = try ProgressStore(path: arguments[1])
    let nip = try NIP(validating: arguments[3])
    if (try? store.learner(nip)) == nil {
        try? store.addLearner(Learner(nip: nip, name: "Peserta \(arguments[3].suffix(3))"))
    }
    let recorder = try store.recorder(for: nip, in: course)
    var finished = 0
    while finished < limit {
        try recorder.open(module: module.id)
        logged("open")
        let attempt = try recorder.startAttempt(module: module.id)
        logged("start \(attempt.id)")
        for question in quiz.questions where attempt.answers[question.id] == nil {
            try recorder.save(.truth(finished % 3 != 0), to: question, in: attempt.id)
            logged("answer \(attempt.id) \(question.id)")
        }
        _ = try recorder.finish(attempt.id, quiz: quiz)
        logged("finish \(attempt.id)")
        finished += 1
    }
} catch {
    let message = (error as? StoreError)?.message(in: .english) ?? String(describing: error)
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}
