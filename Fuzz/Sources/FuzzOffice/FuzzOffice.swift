import Foundation
import FuzzDriver
import TematikCore

/// libFuzzer entry point: reads the input as a Word or OpenDocument file (ZIP + XML).
///
/// The format argument only names the file in messages; the reader picks Word or OpenDocument from the
/// package's content, so one harness covers both. Errors are expected; crashes, hangs and memory past
/// libFuzzer's `-rss_limit_mb` are what it looks for. Small ZIP limits keep each run fast.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOffice(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let limits = ZipLimits(maxEntrySize: 16 << 20, maxCompressionRatio: 200, ratioFloor: 1 << 20)
    _ = try? OfficeReader.paragraphs(from: data, format: .docx, path: "fuzz.docx", limits: limits)
    return 0
}

/// The program's entry: SwiftPM renames an executable's `main` to this symbol on Linux.
@_cdecl("FuzzOffice_main")
public func fuzzOfficeMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzOffice)
}
