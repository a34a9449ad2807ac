/// `results.json` and `manifest.json`.
enum JSONFiles {
    /// The version of `results.json`'s layout; raised whenever a key changes meaning or goes away.
    static let schemaVersion = 1

    /// Writes the analysis result's members with `schema_version` beside them, keys sorted. The
    /// per-document figures, which grow with the corpus, are encoded and written one document at a time.
    /// - Throws: what encoding the result throws (nothing in practice: every member is a plain value), or a
    ///   ``Diagnostic`` when the file cannot be written.
    static func writeResults(_ context: ReportContext, to sink: inout FileSink) throws {
        var summary = context.result
        let documents = summary.documents
        summary.documents = []
        var members: [String: JSONValue] = [:]
        if case .object(let encoded) = try JSONValueEncoder.encode(summary) { members = encoded }
        members["schema_version"] = .int(schemaVersion)
        try JSONValue.object(members).write(to: &sink, streaming: "documents", count: documents.count) {
            try JSONValueEncoder.encode(documents[$0])
        }
    }

    /// What was read and how: tool version, codebook, every input with its SHA-256, and the options that
    /// change results. Paths are relative; no output folder, job count, cache or time of day.
    static func manifest(_ context: ReportContext) throws -> String {
        let input = context.input
        let transcripts = input.documents.map { ManifestInput(path: $0.id, sha256: $0.sha256) }
        let inputs = (transcripts + input.manifest.otherInputs).sorted {
            $0.path != $1.path ? $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) : $0.sha256 < $1.sha256
        }
        var options: [String: JSONValue] = [:]
        if case .object(let analysis) = try JSONValueEncoder.encode(context.result.options) { options = analysis }
        options["include_interviewer"] = .bool(input.manifest.includeInterviewer)
        options["interviewer_labels"] = .array(input.manifest.interviewerLabels.map(JSONValue.string))
        options["interviewer_names"] = .array(input.manifest.interviewerNames.map(JSONValue.string))
        options["lang"] = .string(input.language.rawValue)
        // Recorded only when on, so reports written without it keep their bytes.
        if input.pseudonymizer != nil { options["pseudonymize"] = .bool(true) }
        var manifest: [String: JSONValue] = [
            "tool": .string("tematik"),
            "tool_version": .string(input.toolVersion),
            "codebook": .object([
                "name": .string(input.codebook.name),
                "version": .string(input.codebook.version),
                "path": .string(input.manifest.codebookPath),
                "sha256": .string(input.codebook.sha256),
            ]),
            "inputs": .array(inputs.map { .object(["path": .string($0.path), "sha256": .string($0.sha256)]) }),
            "options": .object(options),
            "schema_version": .int(schemaVersion),
        ]
        if let epoch = input.sourceDateEpoch { manifest["source_date_epoch"] = .int(epoch) }
        if !input.failures.isEmpty {
            let files = input.failures.map(\.location.file).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            manifest["failed_inputs"] = .array(files.map(JSONValue.string))
        }
        return JSONValue.object(manifest).rendered()
    }
}
