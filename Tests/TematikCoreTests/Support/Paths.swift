import Foundation

/// Locations of test inputs, found from this file's path so tests run from any directory.
enum Paths {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/`, the inputs that ship with the repository.
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    /// `../shared/testdata/`, real files written by others; absent in a clone outside this workplace.
    static let testdata = root.deletingLastPathComponent().appendingPathComponent("shared/testdata")

    /// Whether `../shared/testdata/` is there; tests that read it are skipped when it is not.
    static var hasTestdata: Bool { FileManager.default.fileExists(atPath: testdata.path) }

    /// A fixture's URL, from a path relative to `Tests/Fixtures/`.
    static func fixture(_ path: String) -> URL { fixtures.appendingPathComponent(path) }

    /// A testdata file's URL, from a path relative to `../shared/testdata/`.
    static func testdata(_ path: String) -> URL { testdata.appendingPathComponent(path) }
}
