import Foundation

/// The documents a ``ReportStore`` has taken but not yet inserted, when it inserts on its database's own
/// thread: at most `limit` wait, so memory stays flat when inserting is slower than reading, and the
/// first failure is kept until the store's owner asks for it.
final class WriteBacklog: @unchecked Sendable {
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var failure: (any Error)?

    init(limit: Int) { slots = DispatchSemaphore(value: limit) }

    /// Waits until fewer than `limit` documents wait, then takes a place for one more.
    /// - Throws: the failure of an earlier insert; no place is then taken.
    ///
    /// It blocks its thread: it waits only for the database's thread, never for a task, so it cannot
    /// deadlock the concurrency pool, and the one task that feeds the store should wait right there.
    func reserve() throws {
        try check()
        slots.wait()
        do { try check() } catch {
            slots.signal()
            throw error
        }
    }

    /// Frees the place of a document whose insert ended with `result`, keeping the first failure.
    func release(_ result: Result<Void, any Error>) {
        if case .failure(let error) = result { lock.withLock { failure = failure ?? error } }
        slots.signal()
    }

    /// - Throws: the first failure of an insert so far.
    func check() throws {
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}
