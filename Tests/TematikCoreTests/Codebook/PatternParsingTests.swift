import Testing

@testable import TematikCore

struct PatternParsingTests {
    static let examples: [(String, [Pattern.Word])] = [
        ("utbild*", [.prefix("utbild")]),
        ("*strategi", [.suffix("strategi")]),
        ("**ai**", [.infix("ai")]),
        ("AI:s", [.exact("AI:s")]),
        ("brist på * kompetens", [.exact("brist"), .exact("på"), .any, .exact("kompetens")]),
        ("\u{A0} kultur*\t", [.prefix("kultur")]),
        ("\u{2003}*etik\u{3000}", [.suffix("etik")]),
        ("data\n", [.exact("data\n")]),
        ("å*ä*ö", [.exact("å*ä*ö")]),
    ]

    /// Stars decide how a word matches; spaces and tabs (also beyond ASCII) around a pattern are trimmed,
    /// not line breaks.
    @Test(arguments: examples)
    func parses(_ source: String, _ words: [Pattern.Word]) throws {
        #expect(try Pattern.parse(source).get().words == words)
    }

    @Test(arguments: ["", " \t", "\u{A0}", "* *"])
    func refusesEmptyPatterns(_ source: String) {
        #expect(throws: PatternError.self) { try Pattern.parse(source).get() }
    }
}
