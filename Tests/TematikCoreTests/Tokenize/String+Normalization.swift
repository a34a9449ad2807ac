import Foundation

extension String {
    /// NFC, for tests.
    var precomposedForTest: String { precomposedStringWithCanonicalMapping }
    /// NFD, for tests.
    var decomposedForTest: String { decomposedStringWithCanonicalMapping }
}
