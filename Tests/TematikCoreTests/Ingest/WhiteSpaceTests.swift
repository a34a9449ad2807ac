import Testing

@testable import TematikCore

struct WhiteSpaceTests {
    /// The list of white space code points agrees with the Unicode property tables on every code point.
    @Test func listAgreesWithTheProperty() {
        let scalars = (0...0x10FFFF).lazy.compactMap(Unicode.Scalar.init)
        #expect(scalars.filter { $0.isWhiteSpace != $0.properties.isWhitespace }.map(\.value) == [])
    }
}
