import Localization
import Markdown

/// Laying out or searching a module: pure, but seconds of work in a large one (a 50 MB module
/// took 1.5 s to lay out again and 4-11 s to search inside `update`, the screen frozen), so the
/// runtime performs it off the UI thread as an effect and answers with `.readerWorkDone`.
/// Every piece of work gets a new generation; an answer of an older one (a resize the next
/// resize made stale, a search given up with Esc, a module since closed) is dropped.
public struct ReaderWork: Sendable, Hashable {
    public enum Job: Sendable, Hashable {
        /// A module just read: parsed (through the layout guard) and laid out.
        case open(markdown: String, layoutGuard: LayoutGuard)
        /// The module laid out again at a new width.
        case layOut(Document)
        case search(RenderedModule, query: String)
    }

    public var job: Job
    public var generation: Int
    public var width: Int
    public var charset: Charset
    public var language: Language

    public init(_ job: Job, generation: Int, width: Int, charset: Charset, language: Language) {
        self.job = job
        self.generation = generation
        self.width = width
        self.charset = charset
        self.language = language
    }

    /// The answer, or nil when `stop` said to stop part-way.
    public func perform(stoppingWhen stop: () -> Bool = { false }) -> Msg? {
        let result: ReaderResult? = switch job {
        case .open(let markdown, let layoutGuard):
            { () -> ReaderResult in
                let opened = ModuleDocument.parseAndLayout(markdown, width: width, charset: charset, language: language,
                                                           guard: layoutGuard)
                return .opened(opened.document, opened.rendered)
            }()
        case .layOut(let document):
            document.layout(width: width, charset: charset, language: language, stoppingWhen: stop).map(ReaderResult.laidOut)
        case .search(let rendered, let query):
            rendered.search(query, stoppingWhen: stop).map(ReaderResult.found)
        }
        return result.map { .readerWorkDone(generation: generation, $0) }
    }
}

public enum ReaderResult: Sendable, Hashable {
    case opened(Document, RenderedModule)
    case laidOut(RenderedModule)
    case found([SearchHit])
}
