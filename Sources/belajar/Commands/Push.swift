import ArgumentParser
import Basics
import FoundationEssentials
import Glibc
import Localization
import Sync

/// `belajar push`: the outbox to an LRS, resuming where an earlier push stopped.
struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push", abstract: "Kirim catatan ke LRS / Send records to an LRS.")

    @OptionGroup var lrs: LRSOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withSync { store in
            let client = try lrs.client(options)
            let bar = ProgressBar(language: options.language)
            defer { bar.finish() }
            // Ctrl-C stops the push between, or in the middle of, requests: what the LRS
            // acknowledged is kept, and the exit status is the shell's for an interrupt.
            let cancellation = Cancellation()
            cancellation.cancelOnInterrupt()
            do {
                let sent = try Pusher.push(store: store, lrs: client, batchSize: lrs.batchSize,
                                           cancellation: cancellation, progress: bar.show)
                Output.line(SyncMessage.pushDone.text(in: options.language, ["count": "\(sent)", "url": client.endpoint.display]))
            } catch let error as SyncError where error.isCancellation {
                bar.finish()
                options.warn(error.message(in: options.language))
                throw ExitCode(130)
            }
        }
    }
}

/// A one-line bar on the terminal's error stream; nothing at all when that is not a terminal,
/// so logs and pipes stay clean.
final class ProgressBar {
    private let language: Language
    private let enabled = isatty(STDERR_FILENO) == 1
    private var drawn = false

    init(language: Language) {
        self.language = language
    }

    func show(_ progress: PushProgress) {
        guard enabled, progress.total > 0 else { return }
        let width = 30
        let filled = width * progress.sent / progress.total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let text = SyncMessage.pushProgress.text(in: language, ["sent": "\(progress.sent)", "total": "\(progress.total)"])
        StandardStreams.error("\r[\(bar)] \(text)")
        drawn = true
    }

    func finish() {
        if drawn { StandardStreams.error("\n") }
        drawn = false
    }
}
