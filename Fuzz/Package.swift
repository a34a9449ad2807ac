// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer harnesses for the parsers that read untrusted bytes. Built apart from the main package, with
/// `-sanitize=fuzzer`; see `run.sh` and the README's "Fuzzing" section.
let package = Package(
    name: "TematikFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Tematik", path: "..")],
    targets: [.target(name: "FuzzDriver")]
        + ["FuzzOffice", "FuzzSubtitle", "FuzzText", "FuzzCodebook"].map { name in
            .executableTarget(
                name: name,
                dependencies: ["FuzzDriver", .product(name: "TematikCore", package: "Tematik")],
                swiftSettings: [.unsafeFlags(["-parse-as-library"])]
            )
        }
)
