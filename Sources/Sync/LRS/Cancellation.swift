import CCurl
import FoundationEssentials
import Glibc

/// Lets a person stop a push: raised from any thread (the app's Esc) or by Ctrl-C, it is seen
/// between batches, in the pauses between retries and by libcurl within a second mid-request.
/// What the LRS acknowledged before stays marked sent.
public final class Cancellation: @unchecked Sendable {
    // Written and read only through C atomics, so sharing it across threads is safe.
    let flag: OpaquePointer

    public init() {
        flag = ccurl_flag_create()
    }

    public func cancel() { ccurl_flag_raise(flag) }

    public var isCancelled: Bool { ccurl_flag_is_raised(flag) != 0 }

    /// Ctrl-C (SIGINT) and SIGTERM cancel this token instead of ending the process; a second
    /// one ends it at once. For the command line, which has one push at a time.
    public func cancelOnInterrupt() { ccurl_flag_raise_on_interrupt(flag) }

    /// Sleeps `seconds`, waking early when cancelled; true when it slept the whole time.
    func pause(_ seconds: Double) -> Bool {
        var left = seconds
        while left > 0, !isCancelled {
            let step = min(left, 0.05)
            usleep(UInt32(step * 1_000_000))
            left -= step
        }
        return !isCancelled
    }

    deinit { ccurl_flag_destroy(flag) }
}
