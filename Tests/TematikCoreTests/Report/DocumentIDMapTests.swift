import Testing

@testable import TematikCore

@Suite struct DocumentIDMapTests {
    @Test func idsThatMaskAlikeGetNumberedSuffixesInTheOrderAssigned() {
        var map = DocumentIDMap()
        map.assign("a/IP01.docx", to: "a/anna.docx")
        map.assign("a/IP01.docx", to: "a/Anna.docx")
        map.assign("a/IP01-2.docx", to: "a/IP01-2.docx")
        map.assign("a/IP01.docx", to: "a/ANNA.docx")
        map.assign("other.txt", to: "a/anna.docx")
        #expect(map["a/anna.docx"] == "a/IP01.docx", "an id keeps its first masked id")
        #expect(map["a/Anna.docx"] == "a/IP01-2.docx")
        #expect(map["a/IP01-2.docx"] == "a/IP01-2-2.docx", "a real id that a suffix took is told apart too")
        #expect(map["a/ANNA.docx"] == "a/IP01-3.docx")
        #expect(map["b.txt"] == nil)
    }

    @Test(arguments: [
        ("intervjuer/anna.docx", "intervjuer/anna", ".docx"), ("a.b/c", "a.b/c", ""), (".profile", ".profile", ""),
        ("d/.x.txt", "d/.x", ".txt"), ("anna.berg.txt", "anna.berg", ".txt"), ("", "", ""),
    ])
    func theExtensionIsThatOfTheLastComponent(_ path: String, _ stem: String, _ fileExtension: String) {
        let split = DocumentIDMap.split(path)
        #expect(String(split.stem) == stem)
        #expect(String(split.fileExtension) == fileExtension)
    }
}
