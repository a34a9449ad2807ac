import Foundation
import Testing

@testable import TematikCore

struct MetadataTableTests {
    private func table(_ text: String) throws -> MetadataTable {
        try MetadataTable.read(Data(text.utf8), path: "C/metadata.csv")
    }

    @Test func rowsAreKeyedByPathWithTrimmedValues() throws {
        let metadata = try table(
            "file , kommun,interviewer, roll\n.\\del\\a.txt, Liten ,Karin Berg; Olle ,chef\nb.docx,Stor,,\n")
        #expect(metadata.columns == ["kommun", "roll"])
        #expect(
            metadata.rows == [
                "del/a.txt": .init(
                    line: 2, attributes: ["kommun": "Liten", "roll": "chef"], interviewers: ["Karin Berg", "Olle"]),
                "b.docx": .init(line: 3, attributes: ["kommun": "Stor", "roll": ""], interviewers: []),
            ])
        #expect(metadata.warnings.isEmpty)
    }

    @Test func excelSemicolonsAndBOM() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("file;kommun\r\na.txt;Växjö\r\n".utf8))
        let metadata = try MetadataTable.read(data, path: "m.csv")
        #expect(metadata.rows["a.txt"]?.attributes == ["kommun": "Växjö"])
    }

    @Test func firstColumnMustBeFile() {
        #expect(
            throws: Diagnostic(
                .error, SourceLocation(file: "C/metadata.csv", line: 1, column: 1),
                "the first column of metadata.csv is 'namn', not 'file'",
                fix: "Make the first line start with 'file,' and put each document's path in that column.")
        ) {
            try table("namn,kommun\na.txt,Liten\n")
        }
    }

    @Test func duplicateRowsAndMissingFilesWarn() throws {
        let metadata = try table("file,kommun\na.txt,Liten\nb.txt,Stor\na.txt,Stor\n")
        #expect(metadata.rows["a.txt"]?.attributes == ["kommun": "Liten"])
        #expect(
            metadata.warnings.map(\.description) == [
                "C/metadata.csv:4: warning: 'a.txt' is listed again (first on line 2); this row is ignored. "
                    + "Keep one row per file."
            ])
        #expect(
            metadata.warningsForMissingFiles(documentIDs: ["a.txt"]).map(\.description) == [
                "C/metadata.csv:3: warning: 'b.txt' is listed but there is no such document in the corpus. "
                    + "Correct the file name (paths are relative to the corpus folder), or remove the row."
            ])
    }
}
