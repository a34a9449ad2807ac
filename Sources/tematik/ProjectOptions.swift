import ArgumentParser
import Foundation
import TematikCore

/// `--config` and `--pseudonymize`/`--no-pseudonymize`, shared by the commands that write or print corpus text.
struct ProjectOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A project file of defaults (default: tematik.yaml in the current folder, when there is one).",
            valueName: "path"))
    var config: String?

    @Flag(
        inversion: .prefixedNo,
        help: """
            Mask speakers (IP01, IP02, interviewer I), names in pseudonyms.csv, personnummer, e-mail addresses and \
            phone numbers in every output, file names (document ids) included; counts do not change. Overrides \
            'pseudonymize:' in tematik.yaml and in the codebook.
            """)
    var pseudonymize: Bool?

    /// The project file: the one `--config` names, else `tematik.yaml` in the current folder, else none.
    /// Prints its problems and exits 2 when it cannot be read or is invalid.
    func projectFileOrExit() throws -> ProjectFile? {
        let url: URL
        if let config {
            url = URL(fileURLWithPath: config)
        } else {
            url = URL(fileURLWithPath: ProjectFile.defaultName)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        }
        do {
            return try ProjectFile.load(url)
        } catch let error as ConfigurationError {
            throw error.reported()
        }
    }

    /// Whether to pseudonymise: this command line, then the project file, then `codebook`'s key.
    func pseudonymizationOrExit(codebook: Codebook?, path: String) throws -> Pseudonymization {
        .resolve(
            commandLine: pseudonymize, projectFile: try projectFileOrExit(), codebook: codebook, codebookPath: path)
    }
}
