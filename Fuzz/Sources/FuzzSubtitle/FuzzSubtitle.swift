import Foundation
import FuzzDriver
import TematikCore

/// libFuzzer entry point: reads the input as a WebVTT and as an SRT file.
///
/// Both formats are tried on every input because the reader switches between them on the content
/// (a `.vtt` without a header that looks like SRT, an `.srt` with a `WEBVTT` header).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSubtitle(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let roles = SpeakerRoles(interviewerLabels: SpeakerRoles.defaultInterviewerLabels, interviewerNames: [])
    _ = try? SubtitleReader.read(data, path: "fuzz.vtt", format: .vtt, roles: roles)
    _ = try? SubtitleReader.read(data, path: "fuzz.srt", format: .srt, roles: roles)
    return 0
}

/// The program's entry: SwiftPM renames an executable's `main` to this symbol on Linux.
@_cdecl("FuzzSubtitle_main")
public func fuzzSubtitleMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzSubtitle)
}
