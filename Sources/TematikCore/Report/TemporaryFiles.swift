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
