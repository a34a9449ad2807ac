// swift-tools-version: 6.1
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, and the repository's folder has whatever name it
// was cloned or checked out under, so the root package's identity is read from this file's location.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

// A package of its own, so that package-benchmark and its dependencies stay out of the main package.
// Run from the repository root: `swift package --package-path Benchmarks benchmark`.
let package = Package(
    name: "TematikBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .executableTarget(
            name: "TematikBenchmarks",
            dependencies: [
                .product(name: "TematikCore", package: root),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Benchmarks/TematikBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
