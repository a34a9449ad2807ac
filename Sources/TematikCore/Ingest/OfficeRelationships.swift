import Foundation
import ZIPFoundation

/// Finds the main document part of an OOXML package through its package relationships.
enum OfficeRelationships {
    static let namespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let packageRelationships = "_rels/.rels"
    /// Where Word puts the main part; used only when a package has no `_rels/.rels` at all.
    static let conventionalMainPart = "word/document.xml"

    /// The name (no leading `/`) and entry of the part that `_rels/.rels` names with a relationship whose
    /// type ends in `/officeDocument`, or ``conventionalMainPart`` when there is no `_rels/.rels`.
    /// - Throws: a ``Diagnostic`` when no main part is named, or the named part is missing.
    static func mainPart(of package: ZipPackage, path: String) throws -> (name: String, entry: Entry) {
        guard let rels = package.entry(named: packageRelationships) else {
            guard let entry = package.entry(named: conventionalMainPart) else {
                throw missing("the package has neither _rels/.rels nor \(conventionalMainPart)", path: path)
            }
            return (conventionalMainPart, entry)
        }
        var handler = Handler()
        try XMLStreamWalker(vocabulary: [(XMLName(namespace: namespace, local: "Relationship"), 0)])
            .walk(try package.contents(of: rels), part: packageRelationships, path: path, handler: &handler)
        guard let target = handler.target else {
            throw missing("_rels/.rels names no officeDocument relationship", path: path)
        }
        let part = partName(target)
        guard let entry = package.entry(named: part) else {
            throw missing(
                "_rels/.rels names '\(part)' as the main part, but the archive has no such entry",
                path: path)
        }
        return (part, entry)
    }

    /// The part name a relationship target points to from the package root: percent-decoded,
    /// without a leading `/` or `./`.
    static func partName(_ target: String) -> String {
        var name = target.removingPercentEncoding ?? target
        while name.hasPrefix("/") || name.hasPrefix("./") { name.removeFirst(name.hasPrefix("/") ? 1 : 2) }
        return name
    }

    private static func missing(_ reason: String, path: String) -> Diagnostic {
        Diagnostic(
            .error, SourceLocation(file: path), "no main document part: \(reason)",
            fix: "Open and re-save the file in Word; a package without a main part has no text to read.")
    }

    /// Keeps the target of the first internal officeDocument relationship.
    private struct Handler: XMLStreamHandler {
        var target: String?

        mutating func start(_ id: Int, _ element: XMLElementAttributes) -> XMLWalkStep {
            guard target == nil, element.value("TargetMode") != "External",
                let type = element.value("Type"), type.hasSuffix("/officeDocument"),
                let target = element.value("Target"), !target.isEmpty
            else { return .descend }
            self.target = target
            return .descend
        }

        mutating func end(_ id: Int) {}
        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
    }
}
