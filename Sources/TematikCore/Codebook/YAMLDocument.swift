import Foundation
import Yams

/// A YAML codebook file being read: its text, its node tree, and the problems found so far.
///
/// Readers report problems here instead of throwing, so one pass finds every problem of a file.
struct YAMLDocument {
    let path: String
    let lines: [Substring]
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, text: String) {
        self.path = path
        // Split as libyaml counts lines: CRLF is one break (and one `Character`), CR and LF one each.
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// Records an error at `node`'s position.
    mutating func error(at node: Node?, _ problem: String, fix: String) {
        diagnostics.append(Diagnostic(.error, location(of: node), problem, fix: fix))
    }

    /// Records an error at a known line and column.
    mutating func error(line: Int, column: Int, _ problem: String, fix: String) {
        let location = SourceLocation(file: path, line: line, column: column)
        diagnostics.append(Diagnostic(.error, location, problem, fix: fix))
    }

    /// `node`'s position, its column converted from Unicode scalars (as libyaml counts) to UTF-8 bytes.
    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: path) }
        return SourceLocation(file: path, line: mark.line, column: utf8Column(line: mark.line, scalars: mark.column))
    }

    /// The 1-based UTF-8 column of the 1-based scalar column `scalars` on line `line`.
    func utf8Column(line: Int, scalars: Int) -> Int {
        guard line >= 1, line <= lines.count else { return scalars }
        let prefix = lines[line - 1].unicodeScalars.prefix(max(0, scalars - 1))
        return prefix.reduce(1) { $0 + String($1).utf8.count }
    }

    /// Parses the text into a node tree; on failure, records why and returns `nil`.
    ///
    /// Tabs in indentation are reported first, one per line, because YAML forbids them and libyaml's own
    /// message for them ("found character that cannot start any token") does not say what to do.
    /// With `allowEmpty`, a file with no document (empty, or only comments) returns `nil` without an error.
    /// A tree of more than ``maxExpandedNodes`` nodes, counting each alias (`*name`) as a copy of what it
    /// names, is refused: nested aliases let a few kilobytes stand for billions of values.
    mutating func compose(_ text: String, allowEmpty: Bool = false) -> Node? {
        var tabLines = Set<Int>()
        for (index, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            guard let tab = indent.firstIndex(of: "\t") else { continue }
            tabLines.insert(index + 1)
            error(
                line: index + 1, column: line.utf8.distance(from: line.startIndex, to: tab) + 1,
                "tab used for indentation", fix: "Indent with spaces; YAML does not allow tabs there.")
        }
        do {
            // The readers take every scalar as the text it is written as and decide its type themselves
            // (``bool(_:key:)``), so tags are not resolved: that would match regular expressions per scalar.
            guard let root = try Yams.compose(yaml: text, .basic) else {
                if allowEmpty { return nil }
                error(
                    line: 1, column: 1, "the file holds no YAML document", fix: "Start it with 'name:' and 'themes:'.")
                return nil
            }
            guard tabLines.isEmpty else { return nil }
            var budget = Self.maxExpandedNodes
            guard Self.fits(root, budget: &budget) else {
                error(
                    at: root,
                    "the YAML holds more than \(Self.maxExpandedNodes) values once its aliases (*name) are expanded",
                    fix: "Write the repeated parts out instead of nesting aliases; a codebook needs far fewer values.")
                return nil
            }
            return root
        } catch let yamlError as YamlError {
            if let (line, column, problem, fix) = describe(yamlError, text: text), !tabLines.contains(line) {
                error(line: line, column: column, problem, fix: fix)
            }
            return nil
        } catch {
            self.error(line: 1, column: 1, "the file could not be read as YAML (\(error))", fix: "Check its syntax.")
            return nil
        }
    }

    /// The most nodes a composed tree may have, aliases expanded: about a hundred times the largest
    /// dictionaries in use (LIWC's has about 6,400 entries, two nodes each; quanteda's Lexicoder 4,600).
    static let maxExpandedNodes = 1_000_000

    /// Whether `node` and everything below it, aliases expanded, are at most `budget` nodes; takes them
    /// from `budget`. Stops as soon as the budget is spent, so the check costs at most that many steps.
    private static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let sequence): return sequence.allSatisfy { fits($0, budget: &budget) }
        case .mapping(let mapping):
            return mapping.allSatisfy { fits($0.key, budget: &budget) && fits($0.value, budget: &budget) }
        }
    }

    /// Position, problem and fix for a libyaml error.
    private func describe(_ error: YamlError, text: String) -> (Int, Int, String, String)? {
        let syntaxFix = "Check the quotes, colons and indentation there."
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text) at line \($0.mark.line), " } ?? ""
            let column = utf8Column(line: mark.line, scalars: mark.column)
            return (mark.line, column, "YAML syntax error: \(detail)\(problem)", syntaxFix)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let (line, column) = secondOccurrence(of: key, after: context.mark)
            return (line, column, "key '\(key)' appears twice in the same mapping", "Remove one of them.")
        case let .reader(problem, offset, _, _):
            let before = Array(text.utf8.prefix(offset ?? 0))
            let lineStart = (before.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
            let line = before.count { $0 == UInt8(ascii: "\n") } + 1
            let column = before.count - lineStart + 1
            return (line, column, "the file is not valid text (\(problem))", "Save it as UTF-8.")
        default:
            return (1, 1, "YAML error: \(error)", syntaxFix)
        }
    }

    /// Where `key:` appears again after its first occurrence at `first`, at the same indentation; `first` if never.
    private func secondOccurrence(of key: String, after first: Mark) -> (Int, Int) {
        let column = utf8Column(line: first.line, scalars: first.column)
        guard first.line < lines.count else { return (first.line, column) }
        for index in first.line..<lines.count {
            let line = lines[index].utf8
            guard line.count >= column else { continue }
            let rest = lines[index].dropFirst(column - 1)
            let before = lines[index].prefix(column - 1)
            guard before.allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            for quote in ["", "'", "\""] where rest.hasPrefix("\(quote)\(key)\(quote):") {
                return (index + 1, column)
            }
        }
        return (first.line, column)
    }
}
