/// Applies `transform` to every element on at most `jobs` concurrent tasks and returns the results in the
/// elements' order, so that output never depends on scheduling.
///
/// - Complexity: O(n) tasks, at most `jobs` alive at a time.
func concurrentMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], jobs: Int, _ transform: @escaping @Sendable (Element) -> Result
) async -> [Result] {
    guard jobs > 1, elements.count > 1 else { return elements.map(transform) }
    var slots = [Result?](repeating: nil, count: elements.count)
    await withTaskGroup(of: (Int, Result).self) { group in
        for (index, element) in elements.enumerated() {
            if index >= jobs, let (done, result) = await group.next() { slots[done] = result }
            group.addTask { (index, transform(element)) }
        }
        for await (done, result) in group { slots[done] = result }
    }
    // Every slot was filled by exactly one task above.
    return slots.compactMap { $0 }
}

/// Runs `work` on every element, `jobs` at a time, each in its own task, and hands each result to `body` in
/// the elements' order, one at a time, so that output never depends on scheduling.
///
/// Results that finish early wait, at most `lookahead × jobs` elements ahead of the next one due, so memory
/// stays flat however many elements there are. With one job, the next element starts only once `body` has
/// returned, so that the whole work is done on one core.
/// - Throws: what `body` throws; elements still in flight are then cancelled.
public func concurrentForEach<Element: Sendable, Value: Sendable>(
    _ elements: [Element], jobs: Int, lookahead: Int,
    _ work: @escaping @Sendable (Element) async -> Value,
    _ body: (Value) async throws -> Void
) async throws {
    let jobs = max(jobs, 1)
    let window = jobs == 1 ? 1 : max(lookahead, 1) * jobs
    try await withThrowingTaskGroup(of: (Int, Value).self) { group in
        var started = 0
        var running = 0
        var delivered = 0
        var waiting: [Int: Value] = [:]
        func startMore() {
            while started < elements.count, running < jobs, started < delivered + window {
                let index = started
                let element = elements[index]
                group.addTask { (index, await work(element)) }
                started += 1
                running += 1
            }
        }
        startMore()
        while delivered < elements.count {
            if let ready = waiting.removeValue(forKey: delivered) {
                try await body(ready)
                delivered += 1
                startMore()
                continue
            }
            // The next element due is running (startMore always starts it), so a result comes.
            guard let (index, result) = try await group.next() else { break }
            running -= 1
            waiting[index] = result
            startMore()
        }
    }
}
