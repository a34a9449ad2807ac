import Foundation

/// The temporary files a run leaves in its report folder while it writes, found by name so that an
/// interrupted run can remove them.
///
/// The names are those the writers use: `.<name>.<pid>.tmp` (``AtomicFile``),
/// `.codings.csv.<pid>.<uuid>.tmp` (``CodingsCSVSink``), and `<name>.partial` with SQLite's
/// `-journal`, `-wal` and `-shm` beside it (the SQLite store and the `.qdpx` export).
public enum TemporaryFiles {
    /// Removes this process's temporary files from `directory`; finished files are left alone.
    /// - Parameters:
    ///   - directory: the report folder.
    ///   - pid: the process whose `.tmp` files to remove (`.partial` files carry no process id and are
    ///     all removed).
    /// - Returns: the names of the files removed, sorted.
    @discardableResult
    public static func remove(in directory: URL, pid: Int32) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        let removed = names.filter { isTemporary($0, pid: pid) }.sorted()
        for name in removed { try? FileManager.default.removeItem(at: directory.appendingPathComponent(name)) }
        return removed
    }

    /// Whether `name` is one of the temporary files of process `pid`.
    static func isTemporary(_ name: String, pid: Int32) -> Bool {
        if name.hasPrefix("."), name.hasSuffix(".tmp"), name.contains(".\(pid).") { return true }
        return name.hasSuffix(".partial") || name.contains(".partial-")
    }
}

/// Orders the creation and renaming of a run's output files against an interruption.
///
/// Each writer creates its temporary file and renames finished files through ``pass(_:)``; the
/// interruption handler calls ``close()`` first, which waits for an operation in progress and then
/// blocks every later one until the process exits. So the handler's cleanup sees every temporary file,
/// and none appears, and no report file is replaced, after it.
public enum OutputGate {
    // Recursive: the report's renames pass as one, and each rename passes again inside.
    private static let lock = NSRecursiveLock()

    /// Runs `body`, which creates or renames output files, unless the gate is closed; then it waits
    /// until the process exits.
    static func pass<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Closes the gate for good, once an operation in progress is done. For an interruption handler that
    /// then removes the temporary files and exits.
    public static func close() { lock.lock() }
}
