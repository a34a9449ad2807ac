/// The stretch of text in which two codes count as occurring together.
///
/// Units are cut from the units of analysis only (see ``CodedDocument/isUnit``):
/// - `segment`: one unit segment (a speaker turn); every unit segment counts, words or not.
/// - `sentence`: a unit segment's text split after `.`, `!`, `?` or `…` followed by whitespace;
///   a piece with no token is not a unit.
/// - `paragraph`: a unit segment's text split at `\n`; a piece with no token is not a unit.
/// - `document`: all unit segments of one document; a document with no unit segment is not a unit.
/// - `window(n)`: non-overlapping windows of `n` tokens within each unit segment, counted from the
///   segment's first token (tokens `0..<n`, `n..<2n`, …; the last may be shorter). Non-overlapping windows
///   make `n` mean one thing (a window holds at most `n` words) and make N, the number of units, the plain
///   count of windows, which lift needs; a sliding window would count one passage many times.
///
/// A coding belongs to the unit that holds its first token.
public enum CoUnit: Hashable, Sendable {
    case segment
    case sentence
    case paragraph
    case document
    case window(Int)

    /// Parses `segment`, `sentence`, `paragraph`, `document` or `window:N` with N ≥ 1.
    /// - Returns: the unit, or `nil` when the text is none of these.
    public init?(parsing text: String) {
        switch text {
        case "segment": self = .segment
        case "sentence": self = .sentence
        case "paragraph": self = .paragraph
        case "document": self = .document
        default:
            guard text.hasPrefix("window:"), let size = Int(text.dropFirst("window:".count)), size >= 1 else {
                return nil
            }
            self = .window(size)
        }
    }

    /// The unit as written on the command line (`segment`, `window:50`).
    public var name: String {
        switch self {
        case .segment: "segment"
        case .sentence: "sentence"
        case .paragraph: "paragraph"
        case .document: "document"
        case .window(let size): "window:\(size)"
        }
    }
}

extension CoUnit: Codable {
    /// Decodes the unit from its ``name``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let unit = CoUnit(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not segment, sentence, paragraph, document or window:N")
        }
        self = unit
    }

    /// Encodes the unit as its ``name``, so that results.json reads `"unit": "window:50"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
