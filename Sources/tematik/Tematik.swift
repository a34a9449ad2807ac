import ArgumentParser
import TematikCore

/// The `tematik` command: with no subcommand it runs the whole pipeline with the defaults.
struct Tematik: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tematik",
        abstract: "Thematic analysis of interview transcripts: code a corpus with a codebook and write a report.",
        discussion: """
            Exit codes: 0 done; 1 done, but some inputs failed; 2 usage or configuration error \
            (nothing written); 3 internal error.
            """,
        version: ToolInfo.version,
        subcommands: [
            RunCommand.self, InspectCommand.self, CodebookCommand.self, KWICCommand.self, ExportCommand.self,
            AgreeCommand.self, MergeCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )
}
