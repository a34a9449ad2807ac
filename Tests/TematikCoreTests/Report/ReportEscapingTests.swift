import Foundation
import TestSupport
import Testing

@testable import TematikCore

/// Text from transcripts and codebooks must show as text in every output, never as markup.
@Suite(.scratch) struct ReportEscapingTests {
    static let script = "<script>alert(1)</script>"

    static func hostileInput() throws -> ReportInput {
        let documents = ReportFixture.documents(
            speaker: "<script>alert(2)</script>",
            id: "<script>alert(3)</script>.txt",
            extraText: " Se \(script) | pipe & 'quote\" [länk](x)")
        return try ReportFixture.input(
            documents: documents,
            codebook: ReportFixture.codebook(themeLabel: "<b>Kompetens</b> | \"x\" & 'y'"))
    }

    @Test func htmlShowsScriptTagsAsText() throws {
        let html = HTMLReport.render(try Self.hostileInput())
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>Kompetens"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(html.contains("&lt;script&gt;alert(3)&lt;/script&gt;.txt"))
        #expect(html.contains("&lt;b&gt;Kompetens&lt;/b&gt; | &quot;x&quot; &amp; &#39;y&#39;"))
        // The page's own script is the only one.
        #expect(html.components(separatedBy: "<script>").count == 2)
    }

    @Test func markdownEscapesPipesAndMarkup() throws {
        let markdown = MarkdownReport.render(try Self.hostileInput())
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("\\<b\\>Kompetens\\</b\\> \\| \"x\" \\& 'y'"))
        #expect(markdown.contains("\\<script\\>alert(2)\\</script\\>"))
        #expect(markdown.contains("\\| pipe"))
    }

    @Test(arguments: [
        ("a & b", "a &amp; b"), ("<i>", "&lt;i&gt;"), ("\"'", "&quot;&#39;"), ("åäö", "åäö"), ("", ""),
    ])
    func htmlEscapesTheFiveSpecials(_ text: String, _ expected: String) {
        #expect(HTMLEscape.escape(text) == expected)
    }

    @Test(arguments: [
        ("a|b", "a\\|b"), ("*x*", "\\*x\\*"), ("rad\nny", "rad ny"), ("- punkt", "\\- punkt"),
        ("1. lista", "1\\. lista"),
        ("2023 var bra.", "2023 var bra."), ("a_b", "a\\_b"),
    ])
    func markdownEscapesSpecials(_ text: String, _ expected: String) {
        #expect(MarkdownEscape.escape(text) == expected)
    }

    @Test func codebookColoursThatAreNotHexAreReplaced() {
        #expect(Palette.color("#ABCDEF", index: 0) == "#abcdef")
        #expect(Palette.color("#abc", index: 0) == "#abc")
        #expect(Palette.color("red;background:url(x)", index: 1) == Palette.tableau10[1])
        #expect(Palette.color("\"><script>", index: 11) == Palette.tableau10[1])
    }
}
