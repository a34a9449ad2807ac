/// Agreement between Tematik's codings and a human coder's, per code, over the segments both cover.
public struct Agreement: Sendable {
    /// The codebook's codes, in order.
    public var codes: [Code]
    /// Counts per code (true/false positives and negatives), in codebook order.
    public var tally: AgreementTally
    /// Documents compared, and documents the gold standard does not cover.
    public var compared: [String] = []
    public var uncovered: [String] = []

    public init(codebook: Codebook) {
        codes = codebook.codes
        tally = AgreementTally(codes: codes.count)
    }

    /// Adds one coded document: each unit segment is one unit of agreement, coded or not.
    public mutating func add(_ coded: CodedDocument, gold: GoldStandard) {
        guard let human = gold.segmentCodes(for: coded.document) else {
            uncovered.append(coded.document.id)
            return
        }
        compared.append(coded.document.id)
        var automatic: [Int: Set<Int>] = [:]
        for coding in coded.codings { automatic[coding.segment, default: []].insert(coding.code) }
        for segment in coded.isUnit.indices where coded.isUnit[segment] {
            tally.add(automatic: automatic[segment] ?? [], human: human[segment] ?? [])
        }
    }

    /// `agreement.csv`: one row per code and a last row `all` with the pooled counts, scores with four
    /// decimals and an empty cell where a score is undefined.
    public func csv() -> String {
        var lines = ["code,tp,fp,fn,tn,precision,recall,f1,kappa,alpha"]
        let rows = zip(codes.map(\.id), tally.counts) + [("all", tally.overall)]
        for (id, counts) in rows {
            let scores = AgreementScores(counts)
            let values = [scores.precision, scores.recall, scores.f1, scores.kappa, scores.alpha]
                .map { $0.map { CSVWriter.number($0) } ?? "" }
            lines.append(
                ([CSVWriter.field(id)] + [counts.tp, counts.fp, counts.fn, counts.tn].map(String.init)
                    + values).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
