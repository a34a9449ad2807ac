import Testing

@testable import TematikCore

struct CodebookExamplesTests {
    @Test func reportsExamplesTheCodebookCodesDifferently() throws {
        let codebook = TestCodebook.codebook([
            try TestCodebook.code(
                "utb", ["utbild*"], exclude: ["utbildningsnämnd*"],
                mustMatch: ["Vi behöver utbildning.", "Mer kurser."],
                mustNotMatch: ["Utbildningsnämnden beslutade.", "Utbildad personal."]),
            try TestCodebook.code("kurs", ["kurs*"]),
        ])
        let failures = CodebookExamples.check(codebook)
        #expect(failures.map(\.sentence) == ["Mer kurser.", "Utbildad personal."])
        #expect(failures.map(\.actualCodes) == [["kurs"], ["utb"]])
        #expect(
            failures.first?.description
                == "test.yaml:1:1: error: code 'utb' must match \"Mer kurser.\", but the sentence was coded with 'kurs'. "
                + "Add a pattern that finds a word of the sentence, or correct the example.")
    }

    @Test func passingExamplesReportNothing() throws {
        let codebook = TestCodebook.codebook([
            try TestCodebook.code(
                "lag", ["lag", "lagar"], mustMatch: ["Enligt lag."],
                mustNotMatch: ["Ett lagom mål."])
        ])
        #expect(CodebookExamples.check(codebook).isEmpty)
    }
}
