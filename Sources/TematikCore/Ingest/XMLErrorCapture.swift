import CLibXML2
import Foundation

/// Keeps the first error libxml2 reports during a walk, instead of letting it print to stderr.
///
/// A class because libxml2 calls back through an opaque pointer; one walk owns one instance.
final class XMLErrorCapture {
    private(set) var message: String?
    private var line = 0
    private var column = 0

    /// Records `error` unless an earlier one was recorded (the first error explains the rest).
    func record(_ error: xmlError) {
        guard message == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let text = error.message.map { String(cString: $0) } ?? "unknown error"
        message = text.trimmingCharacters(in: .whitespacesAndNewlines)
        line = Int(error.line)
        column = Int(error.int2)
    }

    /// The error as a diagnostic for `part` of the file `path`.
    func diagnostic(part: String, path: String) -> Diagnostic {
        var problem = "\(part) is not well-formed XML"
        if let message {
            problem += line > 0 ? " (line \(line), column \(column): \(message))" : " (\(message))"
        }
        return Diagnostic(
            .error, SourceLocation(file: path), problem,
            fix: "Open and re-save the file in Word or LibreOffice; if that fails, the file is damaged.")
    }
}
