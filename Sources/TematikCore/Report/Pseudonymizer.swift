import Foundation

/// Replaces the identities of the people in a corpus in everything a report writes (`--pseudonymize`).
///
/// Masking happens only at output: reading, tokenizing, coding and counting see the original text, so
/// every count, rate and co-occurrence is the same with and without pseudonymisation. What is replaced:
/// - **Speaker labels** become pseudonyms. Respondents are numbered `IP01`, `IP02`, … in the order they
///   are first seen: documents in document-id order (the order the pipeline delivers them, whatever
///   `--jobs`), speakers within a document in turn order. Every interviewer becomes `I`. A label keeps its
///   pseudonym in every document and every output file (labels are compared in any case, trimmed). A
///   label listed in `pseudonyms.csv` takes the pseudonym given there, and automatic numbers skip the
///   pseudonyms listed there. Adding a document that sorts before others renumbers the later respondents.
/// - **Names inside text**: every name in `pseudonyms.csv` and every speaker label of three characters or
///   more, as a whole word in any case, becomes its pseudonym. In text, parts of a name are not replaced
///   on their own (list `Anna` in `pseudonyms.csv` to replace a first name used alone); in word lists (top
///   words, the codebook audit), which hold single tokens, every word of a name is (``maskWord(_:)``).
/// - **Numbers and addresses** (``MaskingScanner``): Swedish personnummer and samordningsnummer (Luhn
///   checked) become `[personnummer]`, e-mail addresses `[e-post]`, Swedish phone numbers `[telefon]`.
/// - **Document ids** (the file's path in the corpus, ``documentID(_:)``): names and numbers inside them
///   are masked as in text, with `_`, `-`, `.`, space and `/` also separating the words of a name
///   (`intervjuer/anna_berg_850709-1232.docx` becomes `intervjuer/IP01_[personnummer].docx`); the file
///   extension is kept. An id is masked when it is registered, with the names known by then: the
///   pipeline registers every document's speakers first, then the ids. Two ids that mask alike are told
///   apart by a numbered suffix (``DocumentIDMap``), so every id stays unique, and keeps its masked form in
///   every output file. Outputs keep the documents in the order of their real ids.
///
/// Built once per run with ``init(names:)``, then fed every document's speakers with
/// ``register(speakersOf:)`` in document-id order, then every document id with ``register(documentID:)``
/// in the same order, before any output is written; files that could not be read are registered after
/// them, in document-id order too.
public struct Pseudonymizer: Hashable, Sendable {
    /// The pseudonym of every interviewer.
    public static let interviewer = "I"

    /// Names from `pseudonyms.csv`, then speaker labels as they are registered.
    private var names = NameIndex()
    /// Folded speaker label to pseudonym.
    private var speakers: [String: String] = [:]
    /// Pseudonyms that `pseudonyms.csv` hands out, which automatic numbering must not repeat.
    private let listed: Set<String>
    private var respondents = 0
    /// Real document id to masked id, as documents are registered.
    private var documentIDs = DocumentIDMap()

    /// A pseudonymizer that replaces `names` (name, pseudonym) inside text, in the order given; the first
    /// pseudonym of a name listed twice wins.
    public init(names: [(name: String, pseudonym: String)] = []) {
        for (name, pseudonym) in names { self.names.add(name, pseudonym: pseudonym) }
        listed = Set(names.map(\.pseudonym))
    }

    /// Gives every new speaker label of `document` its pseudonym, in turn order.
    public mutating func register(speakersOf document: Document) {
        for segment in document.segments {
            guard let label = segment.speaker.map(Self.key), !label.isEmpty, speakers[label] == nil else { continue }
            let pseudonym: String
            if let given = names.pseudonym(for: label) {
                pseudonym = given
            } else if segment.role == .interviewer {
                pseudonym = Self.interviewer
            } else {
                pseudonym = nextRespondent()
            }
            speakers[label] = pseudonym
            if label.count >= 3 { names.add(label, pseudonym: pseudonym) }
        }
    }

    /// Gives the document id `id` its masked id (``maskPath(_:)``, made unique), unless it has one.
    public mutating func register(documentID id: String) {
        documentIDs.assign(maskPath(id), to: id)
    }

    /// The masked id registered for the document id `id`; an id never registered is masked as a path.
    public func documentID(_ id: String) -> String { documentIDs[id] ?? maskPath(id) }

    /// `path` with names, identity numbers, e-mail addresses and phone numbers replaced, where `_`, `-`,
    /// `.`, space and `/` separate words; the extension of its last component is kept as it is.
    public func maskPath(_ path: String) -> String {
        let (stem, fileExtension) = DocumentIDMap.split(path)
        let characters = Array(stem)
        let spans = MaskSpan.resolve(
            names.spans(in: characters, isPath: true) + MaskingScanner.spans(in: characters))
        return MaskedText(characters, spans: spans).text + fileExtension
    }

    private mutating func nextRespondent() -> String {
        while true {
            respondents += 1
            let number = respondents < 10 ? "0\(respondents)" : "\(respondents)"
            if !listed.contains("IP" + number) { return "IP" + number }
        }
    }

    /// The pseudonym of a speaker label; a label never registered is masked like text, and `nil` stays `nil`.
    public func speaker(_ label: String?) -> String? {
        guard let label else { return nil }
        return speakers[Self.key(label)] ?? mask(label)
    }

    /// `text` with names, identity numbers, e-mail addresses and phone numbers replaced.
    public func mask(_ text: String) -> String { masked(text).text }

    /// `text` masked, with the offsets to carry byte ranges over.
    public func masked(_ text: String) -> MaskedText {
        let characters = Array(text)
        let spans = MaskSpan.resolve(names.spans(in: characters) + MaskingScanner.spans(in: characters))
        return MaskedText(characters, spans: spans)
    }

    /// One folded word of a word list masked: a word of six or more digits becomes `[nummer]` (a token is
    /// only part of a number, `850709` of `850709-1232`, so the number's rules cannot be checked on it), a
    /// name or a word of a name of several words (`holm` of `Lisa Holm`) its pseudonym, anything else is
    /// masked like text.
    public func maskWord(_ word: String) -> String {
        if word.count >= 6, word.allSatisfy({ MaskingScanner.digit($0) != nil }) { return "[nummer]" }
        return names.pseudonym(forWord: word) ?? mask(word)
    }

    /// A label as compared: trimmed, in lower case.
    private static func key(_ label: String) -> String {
        label.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
