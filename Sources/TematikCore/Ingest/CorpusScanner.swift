import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the documents in a corpus folder.
///
/// - Walks the folder recursively; hidden files and folders (`.git`, `.DS_Store`) and Word lock files
///   (`~$intervju.docx`) are left out without a word.
/// - Documents are files ending in `.txt`, `.md`, `.docx`, `.docm`, `.dotx`, `.odt`, `.vtt` or `.srt`, in
///   any case. `metadata.csv` and `pseudonyms.csv` at the root are recognised; any other file is listed
///   in ``CorpusListing/skipped``.
/// - A folder named like a document (`x.docx/`) is an error entry ("is a directory"), and Tematik does
///   not look inside it: such a folder is usually an unpacked Word file or an app bundle, whose parts
///   are not transcripts. Symbolic links to folders are not followed either, so that a link cannot make
///   the walk loop; links to files are read.
/// - A document's id is its path relative to the root with `/` separators, in NFC so that names from a
///   Mac (which writes decomposed `å`) match `metadata.csv`. Documents are sorted by the UTF-8 bytes of
///   their ids, so the order is the same on every machine.
public enum CorpusScanner {
    /// Extensions (lower case) that are documents, and their formats.
    public static let formats: [String: DocumentFormat] = [
        "txt": .txt, "md": .md, "docx": .docx, "docm": .docx, "dotx": .docx, "odt": .odt, "vtt": .vtt, "srt": .srt,
    ]

    /// Lists the documents under `root`.
    /// - Throws: a ``Diagnostic`` when `root` is not a readable folder.
    public static func scan(root: URL) throws -> CorpusListing {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw Diagnostic(
                .error, SourceLocation(file: root.relativePath), "corpus folder not found",
                fix: "Give the folder that holds the transcripts with --corpus.")
        }
        var listing = CorpusListing(root: root, documents: [])
        try walk(root, prefix: "", into: &listing, isRoot: true)
        listing.documents.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        listing.skipped.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        listing.errors.sort { $0.location.file.utf8.lexicographicallyPrecedes($1.location.file.utf8) }
        return listing
    }

    private static func walk(_ folder: URL, prefix: String, into listing: inout CorpusListing, isRoot: Bool) throws {
        let children: [URL]
        do {
            children = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        } catch {
            let problem = Diagnostic(
                .error, SourceLocation(file: CorpusListing.displayPath(for: prefix, root: listing.root)),
                "folder cannot be read", fix: "Check that you have permission to read it.")
            if isRoot { throw problem }
            listing.errors.append(problem)
            return
        }
        for child in children {
            let name = child.lastPathComponent
            guard !name.hasPrefix("."), !name.hasPrefix("~$") else { continue }
            let id = (prefix + name).precomposedStringWithCanonicalMapping
            let kind = EntryKind(child)
            let format = formats[child.pathExtension.lowercased()]
            if kind.isFolder {
                if format != nil {
                    listing.errors.append(
                        Diagnostic(
                            .error, SourceLocation(file: listing.displayPath(for: id)),
                            "is a directory, not a document",
                            fix: "Replace the folder with the document itself, or rename the folder."))
                } else {
                    try walk(child, prefix: id + "/", into: &listing, isRoot: false)
                }
            } else if isRoot, name == "metadata.csv" {
                listing.metadata = child
            } else if isRoot, name == "pseudonyms.csv" {
                listing.pseudonyms = child
            } else if let format, !kind.isLinkToFolder {
                listing.documents.append(CorpusEntry(id: id, format: format, url: child))
            } else {
                listing.skipped.append(id)
            }
        }
    }

    /// What a folder entry is, from `lstat(2)` and, for a symbolic link, `stat(2)` of its target: Foundation's
    /// resource values cost more than half of listing a corpus of 3,000 transcripts.
    private struct EntryKind {
        /// A folder itself, not a link to one.
        var isFolder = false
        /// A symbolic link to a folder.
        var isLinkToFolder = false

        init(_ url: URL) {
            var info = stat()
            let path = url.path
            guard lstat(path, &info) == 0 else { return }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: isFolder = true
            case S_IFLNK: isLinkToFolder = stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            default: break
            }
        }
    }
}
