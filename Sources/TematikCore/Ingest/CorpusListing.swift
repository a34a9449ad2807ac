import Foundation

/// A document file found in a corpus folder.
public struct CorpusEntry: Hashable, Sendable {
    /// The path relative to the corpus root, `/` separators, NFC (see ``CorpusScanner``).
    public var id: String
    /// The format, from the extension (`.docm` and `.dotx` are ``DocumentFormat/docx``).
    public var format: DocumentFormat
    /// Where the file is.
    public var url: URL

    /// Creates a value from its parts.
    public init(id: String, format: DocumentFormat, url: URL) {
        self.id = id
        self.format = format
        self.url = url
    }
}

/// What ``CorpusScanner`` found in a corpus folder.
public struct CorpusListing: Hashable, Sendable {
    /// The corpus folder as the user gave it.
    public var root: URL
    /// The documents to read, sorted by id in byte order.
    public var documents: [CorpusEntry]
    /// `metadata.csv` at the root, if there is one.
    public var metadata: URL?
    /// `pseudonyms.csv` at the root, if there is one.
    public var pseudonyms: URL?
    /// Files that are not documents (other extensions), as paths relative to the root, sorted.
    public var skipped: [String]
    /// Entries that look like documents but cannot be read (a folder named `x.docx`), sorted by path.
    public var errors: [Diagnostic]

    /// Creates a value from its parts.
    public init(
        root: URL, documents: [CorpusEntry], metadata: URL? = nil, pseudonyms: URL? = nil,
        skipped: [String] = [], errors: [Diagnostic] = []
    ) {
        self.root = root
        self.documents = documents
        self.metadata = metadata
        self.pseudonyms = pseudonyms
        self.skipped = skipped
        self.errors = errors
    }

    /// The path to show for `id`: the corpus folder as given, then the path inside it
    /// (`Corpus/intervju-01.txt`), so that a message can be pasted into a shell from where tematik ran.
    public func displayPath(for id: String) -> String {
        CorpusListing.displayPath(for: id, root: root)
    }

    /// The path to show for `id` in the corpus at `root`; see ``displayPath(for:)``.
    public static func displayPath(for id: String, root: URL) -> String {
        var folder = root.relativePath
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        if folder.isEmpty || folder == "." { return id }
        return folder == "/" ? "/" + id : folder + "/" + id
    }
}
