import Foundation
import Testing

@testable import TematikCore

@Suite("Codebooks that ship with Tematik")
struct ShippedCodebookTests {
    private static let files = ["Codebooks/ai-kommuner.yaml", "Codebooks/ai-huset.yaml"]

    private func load(_ file: String) throws -> Codebook {
        try CodebookLoader.load(Paths.root.appendingPathComponent(file))
    }

    @Test(arguments: files) func loadsWithoutDiagnostics(_ file: String) throws {
        let codebook = try load(file)
        #expect(codebook.language == "sv")
        #expect(codebook.version == "1.0")
        #expect(codebook.themes.count == 10)
    }

    @Test(arguments: files) func everyThemeAndCodeIsFullyDescribed(_ file: String) throws {
        let codebook = try load(file)
        for theme in codebook.themes {
            #expect(theme.color != nil, "\(theme.id)")
            #expect(Set(theme.label.values.keys) == ["sv", "en"], "\(theme.id)")
            #expect(Set(theme.description.values.keys) == ["sv", "en"], "\(theme.id)")
            #expect((2...4).contains(theme.codes.filter { $0.id != theme.id }.count), "\(theme.id)")
        }
        for code in codebook.codes {
            #expect(Set(code.label.values.keys) == ["sv", "en"], "\(code.id)")
            #expect(Set(code.description.values.keys) == ["sv", "en"], "\(code.id)")
            #expect(code.id == code.theme || code.id.hasPrefix(code.theme + "."), "\(code.id)")
            #expect(code.mustMatch.count >= 2, "\(code.id)")
            #expect(code.mustNotMatch.count >= 1, "\(code.id)")
            #expect(code.patterns.allSatisfy { $0.source == $0.source.lowercased() }, "\(code.id)")
        }
    }

    @Test func aiKommunerHasTheTenThemes() throws {
        let codebook = try load("Codebooks/ai-kommuner.yaml")
        #expect(codebook.name == "AI i kommuner")
        #expect(
            codebook.themes.map { $0.label.text(in: "sv") } == [
                "Kompetens", "Kultur", "Strategi och ledning", "Juridik", "Resurser", "Data och infrastruktur",
                "Samverkan", "Etik", "Förankring i grunduppdraget", "Nyttorealisering",
            ])
    }

    @Test func aiHusetHasAISwedensTenAreas() throws {
        let codebook = try load("Codebooks/ai-huset.yaml")
        #expect(codebook.name == "AI-huset")
        #expect(
            codebook.themes.map { $0.label.text(in: "sv") } == [
                "Ambition", "Användningsfall", "Data", "Teknik", "Organisation", "Ekosystem", "Kompetens", "Kultur",
                "Genomförande", "Förståelse",
            ])
    }

    /// `lag*` would catch lagom and lagra; the law code lists the forms of `lag` instead.
    @Test func lawPatternsAvoidOverBroadPrefixes() throws {
        let codebook = try load("Codebooks/ai-kommuner.yaml")
        let law = try #require(codebook.codes.first { $0.id == "juridik.lagar" })
        #expect(!law.patterns.contains { $0.words.contains(.prefix("lag")) })
        #expect(law.patterns.contains { $0.words == [.exact("lagen")] })
    }

    @Test(arguments: files) func exportsToQDCAndBack(_ file: String) throws {
        let codebook = try load(file)
        let imported = try CodebookLoader.load(
            try CodebookWriter.data(codebook, format: .qdc), path: "x.qdc", format: .qdc)
        #expect(imported.themes.map { $0.label.text(in: "sv") } == codebook.themes.map { $0.label.text(in: "sv") })
        #expect(imported.codes.count == codebook.codes.count)
    }
}
