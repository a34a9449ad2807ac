/// Everything wrong with one codebook file, found in one pass so that the user can fix it all at once.
///
/// Printed one diagnostic per line, `file:line:column: error: what is wrong. How to fix it.`, in the order
/// the problems appear in the file.
public struct CodebookError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, sorted by line and column (problems about the whole file first).
    public var diagnostics: [Diagnostic]

    /// Sorts `diagnostics` by position; ties keep the order in which they were found.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.enumerated().sorted { a, b in
            let left = (a.element.location.line ?? 0, a.element.location.column ?? 0, a.offset)
            let right = (b.element.location.line ?? 0, b.element.location.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
