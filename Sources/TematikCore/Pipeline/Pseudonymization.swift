/// Whether a run masks its outputs (see ``Pseudonymizer``), and which setting decided it.
///
/// The first setting given wins: the command line (`--pseudonymize` or `--no-pseudonymize`), then
/// `tematik.yaml` (``ProjectFile``), then the codebook's `pseudonymize:` key; without any, it is off.
public struct Pseudonymization: Hashable, Sendable, Codable {
    /// Which setting decided.
    public enum Source: Hashable, Sendable, Codable {
        /// `--pseudonymize` or `--no-pseudonymize`.
        case commandLine
        /// `pseudonymize:` in `tematik.yaml`, written at the location given.
        case projectFile(SourceLocation)
        /// `pseudonymize:` in the codebook at `path`.
        case codebook(path: String)
        /// No setting: pseudonymisation is off.
        case unset
    }

    /// Whether speakers, names and numbers are masked.
    public var isOn: Bool
    /// The setting that decided ``isOn``.
    public var source: Source

    public init(isOn: Bool, source: Source) {
        self.isOn = isOn
        self.source = source
    }

    /// The setting that wins, in the order command line, project file, codebook, off.
    /// - Parameters:
    ///   - commandLine: `true` for `--pseudonymize`, `false` for `--no-pseudonymize`, `nil` for neither.
    ///   - projectFile: the `tematik.yaml` read for this run, if any.
    ///   - codebook: the run's codebook, read from `codebookPath`.
    public static func resolve(
        commandLine: Bool?, projectFile: ProjectFile?, codebook: Codebook?, codebookPath: String
    ) -> Pseudonymization {
        if let commandLine { return Pseudonymization(isOn: commandLine, source: .commandLine) }
        if let projectFile, let value = projectFile.pseudonymize {
            return Pseudonymization(isOn: value, source: .projectFile(projectFile.pseudonymizeLocation))
        }
        if let value = codebook?.pseudonymize {
            return Pseudonymization(isOn: value, source: .codebook(path: codebookPath))
        }
        return Pseudonymization(isOn: false, source: .unset)
    }

    /// The setting as a user wrote it: `--pseudonymize`, `pseudonymize: true in tematik.yaml`.
    public var setting: String {
        switch source {
        case .commandLine: return isOn ? "--pseudonymize" : "--no-pseudonymize"
        case .projectFile(let location): return "pseudonymize: \(isOn) in \(location.file)"
        case .codebook(let path): return "pseudonymize: \(isOn) in \(path)"
        case .unset: return "no pseudonymize setting"
        }
    }
}
