import Foundation
import Testing

@testable import TematikCore

@Suite("Dictionary import: LIWC, WordStat, Lexicoder, quanteda YAML")
struct DictionaryImportTests {
    private func load(_ path: String) throws -> Codebook {
        try CodebookLoader.load(Paths.testdata("dictionaries/\(path)"))
    }

    private let mary = [
        "A_CATEGORY [A_CATEGORY]",
        "  A_CATEGORY [A_CATEGORY]: more | lamb | little",
        "ANOTHER_CATEGORY [ANOTHER_CATEGORY]",
        "  ANOTHER_CATEGORY [ANOTHER_CATEGORY]: had | mary",
    ]

    @Test(.enabled(if: Paths.hasTestdata)) func liwcMinimal() throws {
        #expect(CodebookTestSupport.dump(try load("quanteda/mary.dic")) == mary)
        #expect(
            CodebookTestSupport.dump(try load("liwc-python/alpha.dic")) == [
                "A [A]", "  A [A]: a*", "Bravo [Bravo]", "  Bravo [Bravo]: bravo",
            ])
    }

    @Test(
        .enabled(if: Paths.hasTestdata), arguments: ["quanteda/mary_doubleterm.dic", "quanteda/mary_multipletabs.dic"])
    func liwcWordsInSeveralCategories(_ path: String) throws {
        #expect(
            CodebookTestSupport.dump(try load(path)) == [
                "A_CATEGORY [A_CATEGORY]",
                "  A_CATEGORY [A_CATEGORY]: more | lamb | little",
                "ANOTHER_CATEGORY [ANOTHER_CATEGORY]",
                "  ANOTHER_CATEGORY [ANOTHER_CATEGORY]: little | had | mary",
            ])
    }

    @Test(.enabled(if: Paths.hasTestdata)) func liwcMoralFoundationsWithCRLFAndPaddedHeader() throws {
        let codebook = try load("quanteda/moral_foundations_dictionary.dic")
        #expect(
            codebook.themes.map(\.id) == [
                "HarmVirtue", "HarmVice", "FairnessVirtue", "FairnessVice", "IngroupVirtue", "IngroupVice",
                "AuthorityVirtue", "AuthorityVice", "PurityVirtue", "PurityVice", "MoralityGeneral",
            ])
        #expect(codebook.themes.map { $0.codes.map(\.id) } == codebook.themes.map { [$0.id] })
        #expect(codebook.codes.map(\.patterns.count) == [16, 35, 26, 18, 29, 23, 45, 37, 35, 54, 41])
        #expect(codebook.codes[0].patterns.prefix(3).map(\.source) == ["safe*", "peace*", "compassion*"])
        // 'preserve' is listed under 01, 07 and 09.
        let holders = codebook.codes.filter { $0.patterns.contains { $0.source == "preserve" } }.map(\.id)
        #expect(holders == ["HarmVirtue", "AuthorityVirtue", "PurityVirtue"])
    }

    @Test(.enabled(if: Paths.hasTestdata)) func wordStatMinimal() throws {
        #expect(
            CodebookTestSupport.dump(try load("quanteda/mary.cat")) == [
                "A CATEGORY [A CATEGORY]",
                "  A CATEGORY [A CATEGORY]: MORE | LAMB | LITTLE",
                "ANOTHER CATEGORY [ANOTHER CATEGORY]",
                "  ANOTHER CATEGORY [ANOTHER CATEGORY]: HAD | MARY",
            ])
    }

    @Test(.enabled(if: Paths.hasTestdata)) func wordStatWindows1252() throws {
        #expect(
            CodebookTestSupport.dump(try load("quanteda/windows-1252.cat")) == [
                "LATIN [LATIN]", "  LATIN [LATIN]: S | Z | Y",
                "NON-LATIN [NON-LATIN]", "  NON-LATIN [NON-LATIN]: Š | Ž | Ÿ",
            ])
    }

    @Test(.enabled(if: Paths.hasTestdata)) func wordStatPhrasesAndSubcategories() throws {
        let codebook = try load("quanteda/issue-459.cat")
        #expect(codebook.themes.map(\.id) == ["SOUTH"])
        #expect(codebook.codes.map(\.id) == ["SOUTH.BW", "SOUTH.LS", "SOUTH.NA", "SOUTH.ZA", "SOUTH.SZ"])
        let southAfrica = codebook.codes[3]
        #expect(southAfrica.label.text(in: "sv") == "ZA")
        #expect(southAfrica.patterns.count == 7)
        #expect(southAfrica.patterns[0].words == [.exact("South"), .exact("Africa")])
        #expect(southAfrica.patterns[3].words == [.exact("South"), .prefix("African")])
    }

    @Test(.enabled(if: Paths.hasTestdata)) func wordStatLaverGarryWithCRLFAndThreeLevels() throws {
        let codebook = try load("quanteda/laver-garry.cat")
        #expect(
            codebook.themes.map(\.id) == [
                "CULTURE", "ECONOMY", "ENVIRONMENT", "GROUPS", "INSTITUTIONS", "LAW_AND_ORDER", "RURAL", "URBAN",
                "VALUES",
            ])
        #expect(
            codebook.themes[0].codes.map(\.id) == [
                "CULTURE", "CULTURE.CULTURE-HIGH", "CULTURE.CULTURE-POPULAR", "CULTURE.SPORT",
            ])
        #expect(codebook.themes[0].codes[0].patterns.map(\.source) == ["PEOPLE", "WAR_IN_IRAQ", "CIVIL_WAR"])
        #expect(codebook.codes.reduce(0) { $0 + $1.patterns.count } == 418)
        #expect(codebook.codes.contains { $0.id == "ECONOMY.+STATE+" })
    }

    @Test(.enabled(if: Paths.hasTestdata)) func lexicoderSentimentDictionary() throws {
        let codebook = try load("quanteda/LSD2015.lc3")
        #expect(codebook.themes.map(\.id) == ["negative", "positive"])
        #expect(codebook.codes.map(\.patterns.count) == [2858, 1709])
        #expect(codebook.themes.map(\.color) == ["#aa0000", "#008800"])
        #expect(codebook.codes[0].patterns.prefix(2).map(\.source) == ["a lie", "abandon*"])
    }

    @Test(.enabled(if: Paths.hasTestdata)) func lexicoderMinimal() throws {
        #expect(
            CodebookTestSupport.dump(try load("quanteda/mary.lc3")) == [
                "A CATEGORY [A CATEGORY]", "  A CATEGORY [A CATEGORY]: more | lamb | little",
                "ANOTHER CATEGORY [ANOTHER CATEGORY]", "  ANOTHER CATEGORY [ANOTHER CATEGORY]: had | mary",
            ])
    }

    @Test(.enabled(if: Paths.hasTestdata)) func quantedaYAMLFlowLists() throws {
        #expect(
            CodebookTestSupport.dump(try load("quanteda/mary.yml")) == [
                "A CATEGORY [A CATEGORY]", "  A CATEGORY [A CATEGORY]: more | lamb | little",
                "ANOTHER CATEGORY [ANOTHER CATEGORY]", "  ANOTHER CATEGORY [ANOTHER CATEGORY]: had | mary",
            ])
    }

    @Test(.enabled(if: Paths.hasTestdata)) func quantedaYAMLNewsmapThreeLevels() throws {
        let codebook = try load("newsmap/english.yml")
        #expect(codebook.themes.map(\.id) == ["AFRICA", "AMERICA", "ASIA", "EUROPE", "OCEANIA"])
        #expect(codebook.codes.count == 241)
        #expect(codebook.codes.reduce(0) { $0 + $1.patterns.count } == 819)
        let kenya = try #require(codebook.codes.first { $0.id == "AFRICA.EAST.KE" })
        #expect(kenya.label.text(in: "sv") == "EAST / KE")
        #expect(kenya.patterns.map(\.source) == ["Kenya", "Kenyan*", "Nairobi"])
    }

    @Test func quantedaYAMLFixture() throws {
        #expect(
            CodebookTestSupport.dump(try CodebookLoader.load(Paths.fixture("codebook/dictionary.yml"))) == [
                "TECH [TECH]",
                "  TECH.AI [AI]: AI | artificiell intelligens | maskininlärning*",
                "  TECH.DATA.OPEN [DATA / OPEN]: öppna data",
                "SINGLE [SINGLE]",
                "  SINGLE [SINGLE]: robot*",
            ])
    }

    @Test func liwcErrors() {
        #expect(
            CodebookTestSupport.errors("bad.dic") == [
                "codebook/bad.dic:7:1: error: entry 'bra' names category 3, which the header does not declare. "
                    + "Declare it between the '%' lines, or correct the number.",
                "codebook/bad.dic:8:1: error: entry '1' has no category. "
                    + "Write the word, then the numbers of its categories from the header.",
            ])
    }

    @Test func liwcWithoutHeader() {
        #expect(throws: CodebookError.self) {
            try CodebookLoader.load(Data("glad\t1\n".utf8), path: "x.dic", format: .liwc)
        }
        do {
            _ = try CodebookLoader.load(Data("glad\t1\n".utf8), path: "x.dic", format: .liwc)
        } catch {
            #expect(
                "\(error)" == "x.dic:1:1: error: the dictionary does not start with a '%' line. "
                    + "Put the categories between two lines holding only '%'.")
        }
    }

    @Test func wordStatErrors() {
        #expect(
            CodebookTestSupport.errors("bad.cat") == [
                "codebook/bad.cat:3:4: error: category 'deep' is indented deeper than its parent allows. "
                    + "Indent it with one tab more than its parent category.",
                "codebook/bad.cat:4:1: error: entry 'loose' is not inside a category. "
                    + "Indent it with one tab more than its category line.",
            ])
    }

    @Test func windows1252FallbackDecodesEveryByte() {
        #expect(DictionaryText.decode(Data([0x80, 0x8A, 0xE5, 0xF6])) == "€Šåö")
        #expect(DictionaryText.decode(Data([0xEF, 0xBB, 0xBF, 0x61])) == "a")
    }
}
