extension RandomAccessCollection {
    /// Calls `body` with the index range of each maximal run of neighbouring elements whose `key` is equal,
    /// in order: in a collection sorted by `key`, one call per distinct key. Allocates nothing.
    func forEachRun<Key: Equatable>(by key: (Element) -> Key, _ body: (Range<Index>) -> Void) {
        var start = startIndex
        while start != endIndex {
            let runKey = key(self[start])
            var end = index(after: start)
            while end != endIndex, key(self[end]) == runKey { formIndex(after: &end) }
            body(start..<end)
            start = end
        }
    }
}
