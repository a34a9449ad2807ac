import Dispatch

/// Runs tasks on Dispatch's global queue instead of Swift's cooperative thread pool.
///
/// package-benchmark runs an async benchmark from its own async code and waits for it on a semaphore,
/// which holds one thread of the cooperative pool for the whole benchmark: the pool has a thread per
/// core, so on two cores the benchmark's tasks had one thread and `jobs: 2` measured one core. Tasks that
/// prefer this executor (`withTaskExecutorPreference`), and the child tasks they start, run on threads
/// the harness does not hold.
final class DispatchTaskExecutor: TaskExecutor {
    static let shared = DispatchTaskExecutor()

    private let queue = DispatchQueue.global(qos: .userInitiated)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
