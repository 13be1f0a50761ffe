import CourseKit
import Foundation
import SQLite
import ProgressStore
import Quiz

// The store's benchmark (`bench/run store` runs it in release mode):
//  1. answers recorded one transaction each, with fsync, in a folder on disk (a sample);
//  2. 100,000 answers recorded the same way on tmpfs, one learner getting ~10,000 records;
//  3. the dashboard queries for that learner, against the same queries for a learner with no
//     records (the reference), medians of many runs. The goal: under 20 ms a query.
//
//   store-bench [DISK_FOLDER] [TMPFS_FOLDER]

let arguments = CommandLine.arguments
let diskFolder = arguments.count > 1 ? arguments[1] : FileManager.default.currentDirectoryPath + "/.build"
let memoryFolder = arguments.count > 2 ? arguments[2] : "/dev/shm"

func freshStore(in folder: String) throws -> ProgressStore {
    let path = "\(folder)/store-bench-\(getpid())-\(UUID().uuidString.prefix(8)).sqlite"
    return try ProgressStore(path: path)
}

func remove(_ store: ProgressStore) {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store.path + suffix) }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func percentile95(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
}

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func format(_ value: Double) -> String { String(format: "%.3f", value) }

let questionsPerQuiz = 5
let quiz = ModuleQuiz(file: "q.gift", questions: (0..<questionsPerQuiz).map { index in
    Question(id: "q\(index)", text: "Soal \(index)", kind: .trueFalse(answer: true, whenWrong: nil, whenRight: nil), line: 1)
})

func course(_ number: Int) -> Course {
    Course(id: "kursus-\(number)", title: "Kursus \(number)", version: "1.0.0", hours: 2,
           modules: (0..<10).map { Module(id: "m\($0)", title: "Modul \($0)", file: "m\($0).md", quiz: "m\($0).gift") },
           folder: URL(fileURLWithPath: "/bench/kursus-\(number)"))
}

let courses = (0..<100).map(course)

func learner(_ index: Int) throws -> Learner {
    let nip = try NIP(validating: String(format: "19800101200501%d%03d", 1 + index % 2, index + 1))
    return Learner(nip: nip, name: "Peserta \(index)")
}

/// One attempt at a module's quiz, each answer its own transaction. Returns each answer's time.
func attempt(_ recorder: CourseRecorder, module: String, right: Bool) throws -> [Double] {
    let started = try recorder.startAttempt(module: module)
    let times = try quiz.questions.map { question in
        try milliseconds { try recorder.save(.truth(right), to: question, in: started.id) }
    }
    _ = try recorder.finish(started.id, quiz: quiz)
    return times
}

/// Reads every module of the course and passes every quiz, failing every second one first.
func study(_ recorder: CourseRecorder) throws -> [Double] {
    var times: [Double] = []
    for (index, module) in recorder.course.modules.enumerated() {
        try recorder.open(module: module.id)
        try recorder.readToEnd(module: module.id)
        if index % 2 == 1 { times += try attempt(recorder, module: module.id, right: false) }
        times += try attempt(recorder, module: module.id, right: true)
    }
    return times
}

// 1. On disk, with fsync at each commit.
let disk = try freshStore(in: diskFolder)
try disk.addLearner(try learner(0))
var diskTimes: [Double] = []
for number in 0..<4 { diskTimes += try study(try disk.recorder(for: try learner(0).nip, in: courses[number])) }
remove(disk)
print("store: answers on disk (\(diskFolder)), one fsync'd transaction each: \(diskTimes.count) answers, "
      + "median \(format(median(diskTimes))) ms, p95 \(format(percentile95(diskTimes))) ms")

// 2. 100,000 answers on tmpfs.
let store = try freshStore(in: memoryFolder)
let learners = try (0..<20).map(learner)
for learner in learners { try store.addLearner(learner) }
var answerTimes: [Double] = []
let fillSeconds = try milliseconds {
    for course in courses { answerTimes += try study(try store.recorder(for: learners[0].nip, in: course)) }
    var other = 1
    while answerTimes.count < 100_000 {
        let recorder = try store.recorder(for: learners[other].nip, in: courses[answerTimes.count % courses.count])
        answerTimes += try attempt(recorder, module: "m\(answerTimes.count % 10)", right: answerTimes.count % 3 != 0)
        other = other % (learners.count - 1) + 1
    }
} / 1000
/// Rows that belong to the learner: reading, attempts, answers, completions.
let records = try DatabaseQueue(path: store.path).read { db in
    try Int.fetchOne(db, sql: """
        SELECT (SELECT count(*) FROM reading WHERE learnerNIP = ?1) + (SELECT count(*) FROM attempt WHERE learnerNIP = ?1)
             + (SELECT count(*) FROM answer JOIN attempt ON attempt.id = attemptId WHERE learnerNIP = ?1)
             + (SELECT count(*) FROM completion WHERE learnerNIP = ?1)
        """, arguments: [learners[0].nip.digits]) ?? 0
}
print("store: \(answerTimes.count) answers recorded on tmpfs (\(memoryFolder)) in \(String(format: "%.1f", fillSeconds)) s "
      + "with their reading, attempts and statements; answer median \(format(median(answerTimes))) ms, "
      + "p95 \(format(percentile95(answerTimes))) ms")
print("store: disk/tmpfs answer ratio \(String(format: "%.1f", median(diskTimes) / median(answerTimes)))x (the cost of fsync)")
print("store: dashboard learner has \(records) records; \(try store.pendingStatementCount()) statements in the outbox")

// 3. Dashboard queries: the learner with ~10,000 records against one with none.
let busy = learners[0].nip
let idle = learners[19].nip
let year = Calendar.current.component(.year, from: Date())
/// The learner's screens (goal: 20 ms), then two that are not: the CLI report, and the count of
/// every learner's pending statements, which grows with the whole outbox.
let queries: [(name: String, dashboard: Bool, run: (NIP) throws -> Void)] = [
    ("progress in 100 courses", true, { _ = try store.progress(of: $0, in: courses) }),
    ("progress in one course", true, { _ = try store.recorder(for: $0, in: courses[42]).progress() }),
    ("JP this year vs target", true, { _ = try store.yearlyHours(of: $0, year: year) }),
    ("pending statements (learner)", true, { _ = try store.pendingStatementCount(learner: $0) }),
    ("attempts at one quiz", true, { _ = try store.recorder(for: $0, in: courses[42]).attempts(module: "m3") }),
    ("progress report (CLI)", false, { _ = try ProgressReport(store: store, learners: [try store.learner($0)], courses: courses, year: year) }),
    ("pending statements (device)", false, { _ in _ = try store.pendingStatementCount() }),
]
print("store: dashboard query medians of 101 runs, ms: with \(records) records | reference: no records | ratio | goal 20 ms")
var worst = 0.0
for query in queries {
    let loaded = median(try (0..<101).map { _ in try milliseconds { try query.run(busy) } })
    let reference = median(try (0..<101).map { _ in try milliseconds { try query.run(idle) } })
    if query.dashboard { worst = max(worst, loaded) }
    let padded = query.name.padding(toLength: 30, withPad: " ", startingAt: 0)
    let verdict = !query.dashboard ? "(no goal)" : loaded < 20 ? "ok" : "OVER"
    print("store:   \(padded) \(format(loaded).leftPad(8)) | \(format(reference).leftPad(8)) | "
          + "\(String(format: "%5.1f", loaded / max(reference, 0.001)))x | \(verdict)")
}
remove(store)
print("store: slowest dashboard query median \(format(worst)) ms (goal < 20 ms): \(worst < 20 ? "ok" : "OVER")")

extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
