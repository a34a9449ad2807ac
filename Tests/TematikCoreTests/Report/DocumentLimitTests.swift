import Foundation
import TestSupport
import Testing

@testable import TematikCore

/// A report over many documents shows the heatmap and table of the ones with most references only.
@Suite(.scratch) struct DocumentLimitTests {
    @Test func manyDocumentsAreCappedWithANote() throws {
        let template = ReportFixture.documents()[0]
        var documents: [CodedDocument] = []
        for index in 0..<(HTMLRelations.documentLimit + 5) {
            var document = template
            document.document.id = String(format: "d%04d.txt", index)
            // The last five documents carry no codings, so they are the ones left out.
            if index >= HTMLRelations.documentLimit { document.codings = [] }
            documents.append(document)
        }
        let html = HTMLRelations.documents(ReportContext(try ReportFixture.input(documents: documents)))
        #expect(html.contains("Visar de 200 dokument som har flest referenser, av 205; alla finns i documents.csv."))
        #expect(html.contains("d0199.txt"))
        #expect(!html.contains("d0200.txt"))
    }

    @Test func aFewDocumentsAreAllShownWithoutANote() throws {
        let html = HTMLRelations.documents(ReportContext(try ReportFixture.input()))
        #expect(!html.contains("flest referenser"))
        #expect(html.contains("a/intervju1.txt") && html.contains("b/möte.vtt"))
    }
}
