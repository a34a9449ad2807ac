import Foundation
import FuzzDriver
import TematikCore

/// libFuzzer entry point: the first byte picks a codebook format (or the project file), the rest is the file.
///
/// One harness covers every importer (YAML, LIWC `.dic`, WordStat `.cat`, Lexicoder `.lc3`, REFI-QDA
/// `.qdc`) and `tematik.yaml` (index 5, read with Yams like a YAML codebook), so that inputs found for one
/// format can mutate into another. `run.sh` seeds it with each codebook file behind the byte of its format.
/// A codebook that loads is compiled into a ``Matcher`` and codes the input's text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCodebook(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let start, count > 0 else { return 0 }
    let formats: [(CodebookFormat, String)] = [
        (.yaml, "fuzz.yaml"), (.liwc, "fuzz.dic"), (.wordStat, "fuzz.cat"), (.lexicoder, "fuzz.lc3"),
        (.qdc, "fuzz.qdc"),
    ]
    let data = Data(bytes: start + 1, count: count - 1)
    let index = Int(start[0]) % (formats.count + 1)
    guard index < formats.count else {
        _ = try? ProjectFile.parse(data, path: "tematik.yaml")
        return 0
    }
    let (format, path) = formats[index]
    guard let codebook = try? CodebookLoader.load(data, path: path, format: format) else { return 0 }
    // Compile the patterns (the tries) and code the input's own text with them, so that the words of the
    // patterns meet tokens that share their bytes.
    var codings: [Coding] = []
    Matcher(codebook: codebook).codings(
        inSegmentText: String(decoding: data.prefix(4096), as: UTF8.self), segment: 0, into: &codings)
    return 0
}

/// The program's entry: SwiftPM renames an executable's `main` to this symbol on Linux.
@_cdecl("FuzzCodebook_main")
public func fuzzCodebookMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzCodebook)
}
