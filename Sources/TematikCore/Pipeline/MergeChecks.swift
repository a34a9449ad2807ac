import Foundation

/// The checks `tematik merge` makes before it writes anything: the partials must come from one run
/// split into shards (same tool, codebook, corpus and options) and cover every shard exactly once.
enum MergeChecks {
    /// Every problem with a set of partials, one diagnostic each; empty when they can be merged.
    /// - Parameter partials: Each partial's folder and header, in the order given.
    static func problems(_ partials: [(folder: URL, header: PartialHeader)]) -> [Diagnostic] {
        guard let (firstFolder, first) = partials.first else {
            return [
                Diagnostic(
                    .error, SourceLocation(file: "tematik merge"), "no partial results given",
                    fix: "Give the folders that 'tematik run --shard i/N' wrote.")
            ]
        }
        var problems: [Diagnostic] = []
        let reference = first.settings.fields
        for (folder, header) in partials.dropFirst() {
            for (field, mine) in zip(reference, header.settings.fields) where field.value != mine.value {
                problems.append(
                    Diagnostic(
                        .error, location(folder),
                        "\(field.name) is '\(mine.value)', but \(firstFolder.relativePath) has "
                            + "'\(field.value)'",
                        fix: "Run every shard with the same tool, codebook, corpus and options, then merge again."))
            }
        }
        guard problems.isEmpty else { return problems }
        return coverage(partials, count: first.settings.shardCount)
    }

    /// Duplicate shards, shards whose header disagrees with the count, and missing shards.
    private static func coverage(_ partials: [(folder: URL, header: PartialHeader)], count: Int) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: [Int: URL] = [:]
        for (folder, header) in partials {
            let shard = header.shard
            guard shard.count == count else {
                problems.append(
                    Diagnostic(
                        .error, location(folder), "holds shard \(shard), not a shard of \(count)",
                        fix: "Run the shard again; the file may have been edited."))
                continue
            }
            if let earlier = seen[shard.index] {
                problems.append(
                    Diagnostic(
                        .error, location(folder), "shard \(shard) is given twice (also \(earlier.relativePath))",
                        fix: "Give each shard's folder once."))
            } else {
                seen[shard.index] = folder
            }
        }
        for index in 0..<count where seen[index] == nil {
            problems.append(
                Diagnostic(
                    .error, SourceLocation(file: "tematik merge"), "shard \(index)/\(count) missing",
                    fix: "Run 'tematik run --shard \(index)/\(count)' with the same options and add its folder."))
        }
        return problems
    }

    /// Where a message about a partial points: its `partial.json`.
    static func location(_ folder: URL) -> SourceLocation {
        SourceLocation(file: folder.appendingPathComponent(PartialHeader.fileName).relativePath)
    }
}
