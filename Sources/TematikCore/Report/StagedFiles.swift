import Foundation

/// Files written under temporary names, to be renamed onto their names together (``commit()``): an
/// interruption then finds every old file or every new one (see ``OutputGate``).
struct StagedFiles {
    /// Each file's temporary name and the name it gets.
    private(set) var files: [(temporary: URL, target: URL)]

    init(_ files: [(temporary: URL, target: URL)]) { self.files = files }

    /// The files' names (the last part of each target), sorted.
    var names: [String] { files.map(\.target.lastPathComponent).sorted() }

    /// Adds a file written under `temporary`, to be renamed onto `target`.
    mutating func append(_ temporary: URL, as target: URL) { files.append((temporary, target)) }

    /// Renames every file onto its name, in one pass of the gate.
    /// - Throws: a ``Diagnostic`` naming the file whose rename failed.
    func commit() throws {
        try OutputGate.pass {
            for (temporary, target) in files { try AtomicFile.commit(temporary, to: target) }
        }
    }

    /// Removes every temporary file, leaving the files under their names as they were.
    func discard() {
        for (temporary, _) in files { try? FileManager.default.removeItem(at: temporary) }
    }
}
