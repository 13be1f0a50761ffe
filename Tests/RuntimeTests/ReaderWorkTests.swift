import App
import Foundation
import Markdown
@testable import Runtime
import Sync
import Testing

/// The reader's layouts and searches, performed by the runtime: on a real module file, and on a
/// module large enough that stopping one part-way matters.
@Suite struct ReaderWorkTests {
    static func work(_ job: ReaderWork.Job, generation: Int = 1, width: Int = 78) -> ReaderWork {
        ReaderWork(job, generation: generation, width: width, charset: .utf8, language: .indonesian)
    }

    /// Several megabytes of plain module, laid out: a search in it takes seconds in a debug build.
    static let large: RenderedModule = {
        var text = ""
        for line in 1...60_000 { text += "Baris \(line): setiap ASN wajib mengembangkan kompetensi 20 JP.\n" }
        return Document.plain(text, reason: .unchecked).layout(width: 78)
    }()

    @Test func aModuleFileIsOpenedLaidOutAndSearched() throws {
        let bench = try Bench().withLearner()
        let loaded = bench.performer.perform(.openModule(bench.scope, moduleID: "nilai"))
        guard case .moduleLoaded(_, _, .success(let text))? = loaded.first else { Issue.record("\(loaded)"); return }
        let opened = bench.performer.perform(.readerWork(Self.work(.open(markdown: text.markdown, layoutGuard: .unguarded),
                                                                   generation: 7)))
        guard case .readerWorkDone(7, .opened(let document, let rendered))? = opened.first else {
            Issue.record("\(opened)")
            return
        }
        #expect(rendered.headings.map(\.title) == ["Nilai Dasar"])
        let narrow = bench.performer.perform(.readerWork(Self.work(.layOut(document), generation: 8, width: 20)))
        guard case .readerWorkDone(8, .laidOut(let laidOut))? = narrow.first else { Issue.record("\(narrow)"); return }
        #expect(laidOut.width == 20)
        let found = bench.performer.perform(.readerWork(Self.work(.search(laidOut, query: "berakhlak"), generation: 9)))
        guard case .readerWorkDone(9, .found(let hits))? = found.first else { Issue.record("\(found)"); return }
        #expect(hits.count == 1)
    }

    @Test func stoppedWorkGivesNoAnswer() throws {
        let stopped = Cancellation()
        stopped.cancel()
        let performer = try Bench().performer
        #expect(performer.perform(.readerWork(Self.work(.search(Self.large, query: "kompetensí"))), cancellation: stopped).isEmpty)
        let document = Document.plain("# Judul\n\nIsi.\n", reason: .unchecked)
        #expect(performer.perform(.readerWork(Self.work(.layOut(document))), cancellation: stopped).isEmpty)
        #expect(performer.perform(.readerWork(Self.work(.layOut(document)))).count == 1)
    }

    /// Esc during a search: the worker stops it within a moment and nothing comes back.
    @Test func escStopsASearchUnderWay() throws {
        let worker = Worker(performer: try Bench().performer)
        let large = Self.large
        let started = Date()
        // Not ASCII: matched a character at a time, the slowest search.
        worker.submit(.readerWork(Self.work(.search(large, query: "kompetensí"))))
        Thread.sleep(forTimeInterval: 0.1)
        worker.submit(.cancelReaderWork)
        while worker.isBusy, Date().timeIntervalSince(started) < 5 { Thread.sleep(forTimeInterval: 0.02) }
        #expect(!worker.isBusy)
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(worker.take().isEmpty)
    }

    /// A second resize while the first is laid out: the first stops, the second answers.
    @Test func newerReaderWorkSupersedesTheOlder() throws {
        let worker = Worker(performer: try Bench().performer)
        worker.submit(.readerWork(Self.work(.search(Self.large, query: "kompetensí"), generation: 1)))
        worker.submit(.readerWork(Self.work(.search(Self.large, query: "baris 59999:"), generation: 2)))
        let started = Date()
        var answers: [Msg] = []
        while answers.isEmpty, Date().timeIntervalSince(started) < 10 {
            worker.settle(within: 0.1)
            answers += worker.take()
        }
        guard case .readerWorkDone(2, .found(let hits))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(hits.count == 1)
        #expect(answers.count == 1)
    }
}
