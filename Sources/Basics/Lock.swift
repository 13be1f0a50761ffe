#if canImport(Glibc)
import Glibc
#endif

/// A mutual-exclusion lock over pthread's, with a condition to wait on: what NSLock and
/// NSCondition were, without Foundation.
public final class Lock: @unchecked Sendable {
    // Allocated, never moved: pthread objects must keep their address.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    public init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Inside `withLock` only: releases the lock until `signal`, then takes it again.
    public func wait() {
        pthread_cond_wait(condition, mutex)
    }

    /// Inside `withLock` only: wakes one waiter.
    public func signal() {
        pthread_cond_signal(condition)
    }
}

/// Work on a thread of its own (not the shared Dispatch pool): for work that blocks or that
/// another thread waits on while it runs.
public enum Threads {
    public static func detach(_ work: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Work(work)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { context in
            let work = Unmanaged<Work>.fromOpaque(context!).takeRetainedValue()
            work.run()
            return nil
        }, box)
        if started == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<Work>.fromOpaque(box).takeRetainedValue().run()
        }
    }

    /// Sleeps the calling thread, as `Thread.sleep(forTimeInterval:)` did.
    public static func sleep(seconds: Double) {
        guard seconds > 0 else { return }
        var remaining = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
        var request = remaining
        while nanosleep(&request, &remaining) == -1 && errno == EINTR { request = remaining }
    }

    private final class Work {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
