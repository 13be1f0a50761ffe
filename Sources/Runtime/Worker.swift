import App
import Basics
import Dispatch
import FoundationEssentials
import Sync

/// Performs effects off the UI thread and keeps their answers until the UI loop takes them.
/// Records are written one effect after another, in the order `update` asked; a push runs on
/// a queue of its own, so reading and answering go on while it waits on the network.
final class Worker: @unchecked Sendable {
    private let performer: Performer
    private let records = DispatchQueue(label: "belajar.records")
    private let network = DispatchQueue(label: "belajar.network")
    private let recording = DispatchGroup()
    private let lock = Lock()
    private var inbox: [Msg] = []
    private var pending = 0
    /// The push under way, so Esc can stop it.
    private var push: Cancellation?

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
        default: break
        }
        let waitsOnNetwork = effect == .push
        let cancellation = waitsOnNetwork ? Cancellation() : nil
        lock.withLock {
            pending += 1
            if let cancellation { push = cancellation }
        }
        let group = waitsOnNetwork ? nil : recording
        group?.enter()
        (waitsOnNetwork ? network : records).async { [self] in
            let answers = performer.perform(effect, cancellation: cancellation) { message in deliver([message]) }
            deliver(answers)
            lock.withLock { pending -= 1 }
            group?.leave()
        }
    }

    /// The answers that came in since the last call, in order.
    func take() -> [Msg] {
        lock.withLock {
            defer { inbox = [] }
            return inbox
        }
    }

    /// Waits up to `seconds` for the records effects asked so far: a quick one answers before
    /// the next frame is drawn, a slow one leaves the screen live.
    func settle(within seconds: Double) {
        _ = recording.wait(timeout: .now() + seconds)
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
