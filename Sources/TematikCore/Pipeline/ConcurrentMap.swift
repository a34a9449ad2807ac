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
