/// A point in an input file: the file's path as the user named it, a 1-based line and a 1-based UTF-8 column.
///
/// `line` and `column` are `nil` when the problem concerns the whole file (an empty file, a broken ZIP).
public struct SourceLocation: Hashable, Sendable, Codable {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column` with the parts that are known, as compilers print it so editors can jump there.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}

/// A problem found in an input, with where it is and how to fix it.
///
/// Printed as `file:line:column: error: problem. Fix.` so that an editor can jump to it.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// How bad a problem is: a warning lets the input through, an error drops it.
    public enum Severity: String, Hashable, Sendable, Codable {
        case warning
        case error
    }

    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, without a final period.
    public var problem: String
    /// How to fix it, a whole sentence; empty when there is nothing the user can do.
    public var fix: String

    public init(_ severity: Severity, _ location: SourceLocation, _ problem: String, fix: String = "") {
        self.severity = severity
        self.location = location
        self.problem = problem
        self.fix = fix
    }

    public var description: String {
        let head = "\(location.description): \(severity.rawValue): \(problem)."
        return fix.isEmpty ? head : "\(head) \(fix)"
    }
}
