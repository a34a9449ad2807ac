import Foundation

@testable import TematikCore

/// A minimal reading of a LIWC `.dic` file into a codebook (one code per category, in category-number
/// order), only for comparing with the LIWC peer; the real importer lives in the Codebook stage.
enum LIWCTestCodebook {
    static func codebook(_ text: String) throws -> Codebook {
        var names: [(number: String, name: String)] = []
        var patterns: [String: [String]] = [:]
        var section = 0
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = parts.first else { continue }
            if first == "%" {
                section += 1
            } else if section == 1, parts.count > 1 {
                names.append((first, parts[1]))
            } else {
                for number in parts.dropFirst() { patterns[number, default: []].append(first) }
            }
        }
        let codes = try names.map { try TestCodebook.code($0.name, patterns[$0.number] ?? []) }
        return TestCodebook.codebook(codes)
    }
}
