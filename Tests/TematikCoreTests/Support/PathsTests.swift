import Foundation
import Testing

@Test func repositoryRootHoldsThePackageManifest() {
    #expect(FileManager.default.fileExists(atPath: Paths.root.appendingPathComponent("Package.swift").path))
}
