extension CorpusOverview {
    /// Counts the size and make-up of a coded corpus.
    ///
    /// A speaker is a (document, label) pair, a document's unlabelled text one anonymous respondent.
    init(_ documents: [CodedDocument], layout: CodeLayout) {
        var segments = 0
        var unitSegments = 0
        var words = 0
        var unitWords = 0
        var speakers = 0
        var respondents = 0
        var interviewers = 0
        var formats: [DocumentFormat: Int] = [:]
        var codedDocuments = 0
        var codedSegments = 0
        var references = 0
        for document in documents {
            let all = document.document.segments
            segments += all.count
            formats[document.document.format, default: 0] += 1
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
            let coded = document.unitCodings(layout)
            codedDocuments += coded.isEmpty ? 0 : 1
            codedSegments += coded.count
            references += coded.reduce(0) { $0 + $1.codings.count }
        }
        self.init(
            documents: documents.count, segments: segments, unitSegments: unitSegments, words: words,
            unitWords: unitWords, speakers: speakers, respondents: respondents, interviewers: interviewers,
            formats: formats.sorted { $0.key.rawValue.precedesInBytes($1.key.rawValue) }
                .map { FormatCount(format: $0.key, documents: $0.value) },
            codedDocuments: codedDocuments, codedSegments: codedSegments, references: references)
    }
}
