import Testing

@testable import TematikCore

struct WhiteSpaceTests {
    /// The list of white space code points agrees with the Unicode property tables on every code point.
    @Test func listAgreesWithTheProperty() {
        let scalars = (0...0x10FFFF).lazy.compactMap(Unicode.Scalar.init)
        #expect(scalars.filter { $0.isWhiteSpace != $0.properties.isWhitespace }.map(\.value) == [])
    }

    /// A byte is ASCII white space exactly when it is an ASCII code point with the property.
    @Test func asciiBytesAgreeWithTheProperty() {
        let bytes = (0...UInt8.max).filter {
            $0.isASCIIWhiteSpace != ($0 < 0x80 && Unicode.Scalar($0).properties.isWhitespace)
        }
        #expect(bytes == [])
    }
}
