/// A problem with the run's configuration (the codebook, the corpus folder, the options) that stops the
/// run before anything is written; the command line exits 2.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in file and line order.
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
