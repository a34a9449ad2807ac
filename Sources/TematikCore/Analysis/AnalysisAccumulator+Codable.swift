import Foundation

extension CodingUserInfoKey {
    /// The ``Codebook`` an ``AnalysisAccumulator`` is decoded for; set it in the decoder's `userInfo`.
    // swift-format-ignore: NeverForceUnwrap
    // A constant, valid key: the initializer fails for no raw value on this platform.
    public static let tematikCodebook = CodingUserInfoKey(rawValue: "tematik.codebook")!
}

/// An accumulator is saved without its codebook (shards share one codebook file): it records the
/// codebook's SHA-256 and code ids, and decoding takes the codebook from the decoder's `userInfo` under
/// ``Swift/CodingUserInfoKey/tematikCodebook`` and refuses one that does not match.
extension AnalysisAccumulator: Codable {
    enum CodingKeys: String, CodingKey {
        case options, records, overview, cooccurrence, words, exemplars
        case codebookSHA256 = "codebook_sha256"
        case codeIDs = "code_ids"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(options, forKey: .options)
        try container.encode(codebook.sha256, forKey: .codebookSHA256)
        try container.encode(layout.codes.map(\.id), forKey: .codeIDs)
        try container.encode(records, forKey: .records)
        try container.encode(overview, forKey: .overview)
        try container.encode(cooccurrence, forKey: .cooccurrence)
        try container.encode(words, forKey: .words)
        try container.encode(exemplars, forKey: .exemplars)
    }

    /// Decodes an accumulator for the codebook in `decoder.userInfo[.tematikCodebook]`.
    /// - Throws: `DecodingError.dataCorrupted` when no codebook is given, when it is not the one the
    ///   accumulator was made with, or when the counts do not fit it.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func corrupted(_ why: String) -> DecodingError {
            DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: why))
        }
        guard let codebook = decoder.userInfo[.tematikCodebook] as? Codebook else {
            throw corrupted("no codebook given to decode the accumulator for")
        }
        self.init(codebook: codebook, options: try container.decode(AnalysisOptions.self, forKey: .options))
        guard try container.decode(String.self, forKey: .codebookSHA256) == codebook.sha256,
            try container.decode([String].self, forKey: .codeIDs) == layout.codes.map(\.id)
        else {
            throw corrupted("the partial result was made with another codebook")
        }
        records = try container.decode([DocumentRecord].self, forKey: .records)
        overview = try container.decode(OverviewCounts.self, forKey: .overview)
        cooccurrence = try container.decode(CooccurrenceCollector.self, forKey: .cooccurrence)
        words = try container.decode(WordTallies.self, forKey: .words)
        exemplars = try container.decode(ExemplarPicker.self, forKey: .exemplars)
        let tallies = records.map(\.tally)
        guard tallies.allSatisfy({ $0.codes.count == layout.codeCount && $0.themes.count == layout.themeCount }),
            cooccurrence.isConsistent(with: layout), cooccurrence.unit == options.unit,
            words.isConsistent(with: layout), words.filterStopWords == options.filterStopWords,
            exemplars.isConsistent(codes: layout.codeCount), exemplars.limit == max(options.exemplars, 0)
        else {
            throw corrupted("the partial result's counts do not fit the codebook")
        }
    }

    /// The accumulator as JSON, keys sorted, for a shard to save.
    /// - Throws: what `JSONEncoder` throws (nothing in practice: every member is a plain value).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// Loads an accumulator saved by ``encoded()`` for `codebook`.
    /// - Throws: `DecodingError` when `data` is not such an accumulator, or was made with another codebook.
    public static func decode(_ data: Data, codebook: Codebook) throws -> AnalysisAccumulator {
        let decoder = JSONDecoder()
        decoder.userInfo[.tematikCodebook] = codebook
        return try decoder.decode(AnalysisAccumulator.self, from: data)
    }
}
