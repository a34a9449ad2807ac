// A regular target, so that both test targets can use it; `swift build` builds it too, and a build with
// `--static-swift-stdlib` has no Testing module, so there the target is empty.
#if canImport(Testing)
    import Foundation
    import Testing

    /// A test trait that gives each test a scratch folder under the system's temporary folder and removes
    /// it, with everything the test wrote there, when the test ends, whether it passed or not.
    ///
    /// Put it on a suite (`@Suite(.scratch)`) and make folders with ``folder(_:)``: they are removed with
    /// the test's scratch folder, so a test needs no clean-up of its own.
    public struct Scratch: TestTrait, SuiteTrait, TestScoping {
        @TaskLocal private static var root: URL?

        public var isRecursive: Bool { true }

        public func provideScope(
            for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
        ) async throws {
            guard !test.isSuite else { return try await function() }
            let root = FileManager.default.temporaryDirectory.appendingPathComponent(
                "tematik-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            defer { Scratch.remove(root) }
            try await Scratch.$root.withValue(root, operation: function)
        }

        /// A new empty folder, `prefix` followed by a unique suffix, in the running test's scratch folder.
        /// - Throws: ``Missing`` when the running test's suite has no `.scratch` trait.
        public static func folder(_ prefix: String) throws -> URL {
            guard let root else { throw Missing() }
            let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }

        /// Removes `folder` and everything in it, after giving back the permissions a test may have taken
        /// from what is inside.
        public static func remove(_ folder: URL) {
            if let files = FileManager.default.enumerator(atPath: folder.path) {
                for case let file as String in files {
                    chmod(folder.appendingPathComponent(file).path, 0o755)
                }
            }
            try? FileManager.default.removeItem(at: folder)
        }

        /// The error of ``folder(_:)`` called from a test whose suite has no `.scratch` trait.
        public struct Missing: Error, CustomStringConvertible {
            public var description: String {
                "Scratch.folder was called outside a test with the .scratch trait: add it to the suite, "
                    + "@Suite(.scratch), so that the folder is removed when the test ends."
            }
        }
    }

    extension Trait where Self == Scratch {
        /// Each test gets a scratch folder that is removed when it ends (see ``Scratch``).
        public static var scratch: Self { Scratch() }
    }
#endif
