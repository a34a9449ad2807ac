/// The additive part of ``CorpusOverview``: sizes summed document by document.
///
/// Speakers are (document, label) pairs, so they never repeat across documents and add up too.
struct OverviewCounts: Sendable, Codable {
    var segments = 0
    var unitSegments = 0
    var words = 0
    var unitWords = 0
    var speakers = 0
    var respondents = 0
    var interviewers = 0
    var codedDocuments = 0
    var codedSegments = 0
    var references = 0

    /// Counts one document, given its unit codings.
    mutating func add(_ document: CodedDocument, coded: [SegmentCodings]) {
        let all = document.document.segments
        segments += all.count
        for index in all.indices {
            words += document.words(in: index)
            if document.isUnitSegment(index) {
                unitSegments += 1
                unitWords += document.words(in: index)
            }
        }
        speakers += Set(all.map(\.speaker)).count
        respondents += Set(all.filter { $0.role == .respondent }.map(\.speaker)).count
        interviewers += Set(all.filter { $0.role == .interviewer }.map(\.speaker)).count
        codedDocuments += coded.isEmpty ? 0 : 1
        codedSegments += coded.count
        references += coded.reduce(0) { $0 + $1.codings.count }
    }

    /// Adds another set of documents' counts.
    mutating func merge(_ other: OverviewCounts) {
        segments += other.segments
        unitSegments += other.unitSegments
        words += other.words
        unitWords += other.unitWords
        speakers += other.speakers
        respondents += other.respondents
        interviewers += other.interviewers
        codedDocuments += other.codedDocuments
        codedSegments += other.codedSegments
        references += other.references
    }

    /// The public overview of `documents`, with formats counted from them and sorted by format name.
    func overview(_ documents: [DocumentSummary]) -> CorpusOverview {
        let formats = Dictionary(grouping: documents, by: \.format)
            .sorted { $0.key.rawValue.precedesInBytes($1.key.rawValue) }
            .map { FormatCount(format: $0.key, documents: $0.value.count) }
        return CorpusOverview(
            documents: documents.count, segments: segments, unitSegments: unitSegments, words: words,
            unitWords: unitWords, speakers: speakers, respondents: respondents, interviewers: interviewers,
            formats: formats, codedDocuments: codedDocuments, codedSegments: codedSegments, references: references)
    }
}
