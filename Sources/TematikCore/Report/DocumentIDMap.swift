/// The masked document ids of a pseudonymised run: one per real id, the same in every output, no two alike.
///
/// An id keeps the masked form it is first given (``assign(_:to:)``). A masked form that another id already
/// holds gets the first free numbered suffix before its extension, `intervjuer/IP01.docx`, then
/// `intervjuer/IP01-2.docx`, `intervjuer/IP01-3.docx`, so the suffixes follow the order in which ids are
/// assigned: the pipeline assigns them in document-id order (see ``Pseudonymizer``).
struct DocumentIDMap: Hashable, Sendable {
    private var masked: [String: String] = [:]
    private var taken: Set<String> = []

    /// The masked id given to `id`, if it has one.
    subscript(id: String) -> String? { masked[id] }

    /// Gives `id` the masked id `candidate`, or `candidate` with a suffix if another id holds it; an id that
    /// has a masked id keeps it.
    mutating func assign(_ candidate: String, to id: String) {
        guard masked[id] == nil else { return }
        var unique = candidate
        if taken.contains(candidate) {
            let (stem, fileExtension) = Self.split(candidate)
            var number = 2
            while taken.contains("\(stem)-\(number)\(fileExtension)") { number += 1 }
            unique = "\(stem)-\(number)\(fileExtension)"
        }
        masked[id] = unique
        taken.insert(unique)
    }

    /// `path` without and with the extension of its last component (`.docx`); the extension is empty when
    /// the last component has no `.` after its first character.
    static func split(_ path: String) -> (stem: Substring, fileExtension: Substring) {
        let name = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[name...].lastIndex(of: "."), dot > name else { return (path[...], "") }
        return (path[..<dot], path[dot...])
    }
}
