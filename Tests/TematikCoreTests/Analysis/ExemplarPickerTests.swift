import Testing

@testable import TematikCore

struct ExemplarPickerTests {
    @Test func ranksByDensityAcrossDocuments() {
        let result = Analysis.analyze(AnalysisFixture.documents, codebook: AnalysisFixture.codebook)
        let training = result.codes[1].exemplars
        // Densities: c1 2/2 = 1, a1 1/6, b1 1/8.
        #expect(training.map(\.document) == ["c.txt", "a.txt", "b.md"])
        #expect(training[0].density == 1)
        #expect(training[0].quote == "Utbildning, utbildning!")
        #expect(
            training[0].fragments == [
                QuoteFragment(text: "Utbildning", marked: true),
                QuoteFragment(text: ", ", marked: false),
                QuoteFragment(text: "utbildning", marked: true),
                QuoteFragment(text: "!", marked: false),
            ])
        #expect(training[1].speaker == "Anna")
        #expect(training[1].segment == 1)
        #expect(training[1].start == 10)  // the fixture's segment 1 starts at 10 s
        #expect(training[1].line == 2)
    }

    @Test func takesOneSegmentPerDocumentWhileOthersRemain() {
        // x.txt: segment 0 density 1/1, segment 1 density 1/2; y.txt: density 1/3.
        let x = AnalysisFixture.document(
            "x.txt",
            [
                ("A", .respondent, "utbildning", [(1, 0, 0, 1)]),
                ("A", .respondent, "utbildning nu", [(1, 0, 0, 1)]),
            ])
        let y = AnalysisFixture.document("y.txt", [("B", .respondent, "utbildning nu igen", [(1, 0, 0, 1)])])
        let two = Analysis.analyze(
            [x, y], codebook: AnalysisFixture.codebook,
            options: AnalysisOptions(exemplars: 2)
        ).codes[1].exemplars
        #expect(two.map { "\($0.document)#\($0.segment)" } == ["x.txt#0", "y.txt#0"])
        // With room for three, x's second segment comes back; the list stays in rank order.
        let three = Analysis.analyze([x, y], codebook: AnalysisFixture.codebook).codes[1].exemplars
        #expect(three.map { "\($0.document)#\($0.segment)" } == ["x.txt#0", "x.txt#1", "y.txt#0"])
    }

    @Test func equalDensityPrefersMoreReferencesThenDocumentId() {
        let one = AnalysisFixture.document("a.txt", [("A", .respondent, "utbildning", [(1, 0, 0, 1)])])
        let two = AnalysisFixture.document(
            "b.txt",
            [
                ("B", .respondent, "utbildning utbildning", [(1, 0, 0, 1), (1, 0, 1, 1)])
            ])
        let same = AnalysisFixture.document("c.txt", [("C", .respondent, "utbildning", [(1, 0, 0, 1)])])
        let exemplars = Analysis.analyze([same, one, two], codebook: AnalysisFixture.codebook).codes[1].exemplars
        // All density 1: b.txt has 2 references; a.txt before c.txt by id.
        #expect(exemplars.map(\.document) == ["b.txt", "a.txt", "c.txt"])
    }
}
