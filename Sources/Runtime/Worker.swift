import App
import Basics
import Dispatch
import FoundationEssentials
import Sync

/// Performs effects off the UI thread and keeps their answers until the UI loop takes them.
/// Records are written one effect after another, in the order `update` asked; a push runs on
/// a queue of its own, so reading and answering go on while it waits on the network; the
/// reader's layouts and searches on a third, each new one stopping the one before it.
final class Worker: @unchecked Sendable {
    private let performer: Performer
    private let records = DispatchQueue(label: "belajar.records")
    private let network = DispatchQueue(label: "belajar.network")
    private let reading = DispatchQueue(label: "belajar.reader")
    /// Records asked for and not yet written: the app does not quit before they are.
    private let recording = DispatchGroup()
    /// Records and reader work: what a frame waits a moment for, so a quick one is drawn at once.
    private let answering = DispatchGroup()
    private let lock = Lock()
    private var inbox: [Msg] = []
    private var pending = 0
    /// The push under way, so Esc can stop it.
    private var push: Cancellation?
    /// The reader work under way, so Esc or newer work can stop it.
    private var readerWork: Cancellation?

    init(performer: Performer) {
        self.performer = performer
    }

    /// Whether an effect is still being performed or its answer not yet taken.
    var isBusy: Bool { lock.withLock { pending > 0 || !inbox.isEmpty } }

    func submit(_ effect: Effect) {
        switch effect {
        case .quit: return
        case .cancelPush:
            lock.withLock { push }?.cancel()
            return
        case .cancelReaderWork:
            lock.withLock { readerWork }?.cancel()
            return
        default: break
        }
        let cancellation = lock.withLock { () -> Cancellation? in
            pending += 1
            switch effect {
            case .push:
                push = Cancellation()
                return push
            case .readerWork:
                readerWork?.cancel()
                readerWork = Cancellation()
                return readerWork
            default:
                return nil
            }
        }
        // A push or a reading of essays may be left behind at quit; a review being recorded may
        // not, but a frame does not wait on the network for it.
        let groups: [DispatchGroup] =
            if effect.mayBeLeft { [] }
            else if case .readerWork = effect { [answering] }
            else if effect.waitsOnNetwork { [recording] }
            else { [recording, answering] }
        let queue =
            if case .readerWork = effect { reading }
            else if effect.waitsOnNetwork { network }
            else { records }
        groups.forEach { $0.enter() }
        queue.async { [self] in
            let answers = performer.perform(effect, cancellation: cancellation) { message in deliver([message]) }
            deliver(answers)
            lock.withLock { pending -= 1 }
            groups.forEach { $0.leave() }
        }
    }

    /// The answers that came in since the last call, in order.
    func take() -> [Msg] {
        lock.withLock {
            defer { inbox = [] }
            return inbox
        }
    }

    /// Waits up to `seconds` for the records and reader work asked so far: a quick one answers
    /// before the next frame is drawn, a slow one leaves the screen live.
    func settle(within seconds: Double) {
        _ = answering.wait(timeout: .now() + seconds)
    }

    /// Before the app quits: every record asked for is written (a push may be cut short; what
    /// the LRS acknowledged is already marked sent).
    func finish() {
        recording.wait()
    }

    private func deliver(_ messages: [Msg]) {
        guard !messages.isEmpty else { return }
        lock.withLock { inbox += messages }
    }
}
