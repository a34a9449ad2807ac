import Foundation
import FuzzDriver
import TematikCore

/// libFuzzer entry point: decodes the input as a text file and reads it as a plain-text transcript.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    _ = try? TextDecoder.decode(data, path: "fuzz.txt")
    let roles = SpeakerRoles(interviewerLabels: SpeakerRoles.defaultInterviewerLabels, interviewerNames: [])
    _ = try? TextReader.read(data, path: "fuzz.txt", roles: roles)
    return 0
}

/// The program's entry: SwiftPM renames an executable's `main` to this symbol on Linux.
@_cdecl("FuzzText_main")
public func fuzzTextMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzText)
}
