import Testing

@testable import TematikCore

struct CoUnitTests {
    @Test(arguments: ["segment", "sentence", "paragraph", "document", "window:1", "window:50"])
    func parsesAndNamesUnits(_ text: String) {
        #expect(CoUnit(parsing: text)?.name == text)
    }

    @Test(arguments: ["", "window", "window:0", "window:-2", "window:x", "turn"])
    func rejectsOtherText(_ text: String) {
        #expect(CoUnit(parsing: text) == nil)
    }
}
