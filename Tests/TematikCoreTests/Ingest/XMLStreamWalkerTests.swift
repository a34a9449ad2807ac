import Foundation
import Testing

@testable import TematikCore

/// The libxml2 walker on its own: events, long lines, and DTDs refused in any encoding.
@Suite struct XMLStreamWalkerTests {
    /// Records events as a readable string.
    struct Recorder: XMLStreamHandler {
        var log = ""
        mutating func start(_ id: Int, _ element: XMLElementAttributes) -> XMLWalkStep {
            log += "<\(id)\(element.value("k").map { " k=\($0)" } ?? "")>"
            return id == 1 ? .skipChildren : .descend
        }
        mutating func end(_ id: Int) { log += "</\(id)>" }
        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) { log += String(decoding: bytes, as: UTF8.self) }
    }

    let walker = XMLStreamWalker(vocabulary: [
        (XMLName(namespace: "urn:a", local: "p"), 0),
        (XMLName(namespace: "urn:a", local: "skip"), 1),
        (XMLName(namespace: "urn:b", local: "p"), 0),
    ])

    @Test func eventsFollowTheVocabulary() throws {
        let xml =
            #"<r xmlns="urn:a" xmlns:b="urn:b"><p k="1">x&amp;y<q>z</q></p><skip>no</skip><b:p/><c:p "#
            + #"xmlns:c="urn:c">w</c:p></r>"#
        var recorder = Recorder()
        try walker.walk(Array(xml.utf8), part: "part.xml", path: "f.docx", handler: &recorder)
        #expect(recorder.log == "<0 k=1>x&yz</0><1><0></0>w")
    }

    /// libxml2's push parser, given a part at once, refuses a line of more than 10 MB ("Huge input
    /// lookup"); Word writes a whole document on one line, so the walk feeds it in pieces.
    @Test func aPartOnOneLineOfElevenMegabytesIsWalked() throws {
        let words = String(repeating: "kompetens och kultur ", count: 11_000_000 / 21)
        let xml = #"<r xmlns="urn:a"><p>"# + words + "</p><p>slut</p></r>"
        var recorder = Recorder()
        try walker.walk(Array(xml.utf8), part: "part.xml", path: "f.docx", handler: &recorder)
        #expect(recorder.log.utf8.count == "<0>".utf8.count * 2 + "</0>".utf8.count * 2 + words.utf8.count + 4)
        #expect(recorder.log.hasSuffix("</0><0>slut</0>"))
    }

    @Test func doctypeInUTF16IsRefusedByTheWalker() throws {
        let xml =
            #"<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>"#
            + "<r>&x;</r>"
        let bytes: [UInt8] = [0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        var recorder = Recorder()
        let error = #expect(throws: Diagnostic.self) {
            try walker.walk(bytes, part: "part.xml", path: "f.docx", handler: &recorder)
        }
        #expect(error?.problem.hasPrefix("part.xml has a DOCTYPE") == true)
        #expect(!recorder.log.contains("root"))
    }

    @Test func prologCheckSeesDoctypeAfterDeclarationAndComment() {
        #expect(XMLProlog.hasDoctype(Array(#"<?xml version="1.0"?><!-- c --> <!DOCTYPE r><r/>"#.utf8)))
        #expect(!XMLProlog.hasDoctype(Array(#"<?xml version="1.0"?><r><!DOCTYPE x></r>"#.utf8)))
    }
}
