import Foundation

@testable import TematikCore

/// Reading helpers shared by the Office reader tests.
enum OfficeTestSupport {
    /// The paragraphs of a fixture under `Tests/Fixtures/ingest/office/`.
    static func fixture(_ name: String, limits: ZipLimits = .default) throws -> [Paragraph] {
        let data = try Data(contentsOf: Paths.fixture("ingest/office/" + name))
        return try OfficeReader.paragraphs(from: data, format: format(of: name), path: name, limits: limits)
    }

    /// The paragraphs of a file under `../shared/testdata/`.
    static func testdata(_ path: String) throws -> [Paragraph] {
        let data = try Data(contentsOf: Paths.testdata(path))
        return try OfficeReader.paragraphs(from: data, format: format(of: path), path: path)
    }

    /// The texts of the non-empty paragraphs.
    static func texts(_ paragraphs: [Paragraph]) -> [String] {
        paragraphs.map(\.text).filter { !$0.isEmpty }
    }

    /// The error a read throws, as a diagnostic; `nil` when it reads.
    static func diagnostic(reading name: String, limits: ZipLimits = .default) -> Diagnostic? {
        do {
            _ = try fixture(name, limits: limits)
            return nil
        } catch {
            return error as? Diagnostic
        }
    }

    private static func format(of name: String) -> DocumentFormat {
        name.hasSuffix(".odt") ? .odt : .docx
    }
}
