import Foundation

extension Pipeline {
    /// Renders the report files from `input` while `store` writes `result` and builds its indexes, the two on
    /// two cores, then puts every file and `tematik.sqlite` in place in one pass of ``OutputGate``: an
    /// interruption finds the old report or the new one, never a mix.
    /// - Returns: the report's file names, sorted, then `tematik.sqlite`.
    /// - Throws: what rendering or the store throws; every temporary file is then removed.
    static func writeReport(
        _ input: ReportInput, store: ReportStore, result: AnalysisResult, to folder: URL
    ) async throws -> [String] {
        async let completion = Result { try store.complete(result) }
        var staged: StagedFiles
        do {
            staged = try ReportWriter.stage(input, in: folder)
        } catch {
            _ = await completion
            store.discard()
            throw error
        }
        do {
            try await completion.get()
        } catch {
            staged.discard()
            store.discard()
            throw error
        }
        let names = staged.names
        staged.append(store.finished.temporary, as: store.finished.target)
        try staged.commit()
        return names + ["tematik.sqlite"]
    }
}
