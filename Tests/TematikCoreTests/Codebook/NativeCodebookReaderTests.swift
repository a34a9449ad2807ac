import Foundation
import Testing

@testable import TematikCore

@Suite("Native YAML codebooks")
struct NativeCodebookReaderTests {
    @Test func readsThemesCodesAndThemePatterns() throws {
        let codebook = try CodebookLoader.load(Paths.fixture("codebook/valid.yaml"))
        #expect(codebook.name == "Test")
        #expect(codebook.version == "1.0")
        #expect(codebook.language == "sv")
        #expect(
            CodebookTestSupport.dump(codebook) == [
                "competence [Kompetens]",
                "  competence [Kompetens]: kompetens* | *kompetensen",
                "  competence.training [Utbildning]: utbild* | brist på * kompetens | re:^ai-?kurs(er)?$",
                "law [Law]",
                "  law.gdpr [GDPR]: gdpr | dataskyddsförordning*",
            ])
    }

    @Test func readsLabelsDescriptionsColoursExclusionsAndExamples() throws {
        let codebook = try CodebookLoader.load(Paths.fixture("codebook/valid.yaml"))
        let training = try #require(codebook.codes.first { $0.id == "competence.training" })
        #expect(training.theme == "competence")
        #expect(training.label == LocalizedText(["sv": "Utbildning"]))
        #expect(training.description == LocalizedText(["sv": "Kurser.", "en": "Courses."]))
        #expect(training.exclude.map(\.words) == [[.prefix("utbildningsnämnd")]])
        #expect(training.patterns[1].words == [.exact("brist"), .exact("på"), .any, .exact("kompetens")])
        #expect(training.mustMatch == ["Vi gick en utbildning.", "Alla utbildades."])
        #expect(training.mustNotMatch == ["Utbildningsnämnden beslutade."])
        #expect(training.location.line == 11)
        #expect(training.location.column == 9)
        let theme = codebook.themes[0]
        #expect(theme.color == "#4e79a7")
        #expect(theme.codes[0].color == "#4e79a7")
        #expect(theme.label.text(in: "en") == "Competence")
    }

    @Test func hashIsSHA256OfTheFileBytes() throws {
        let url = Paths.fixture("codebook/valid.yaml")
        let codebook = try CodebookLoader.load(url)
        #expect(codebook.sha256 == SHA256.hex(of: try Data(contentsOf: url)))
        #expect(codebook.sha256.count == 64)
    }

    @Test func reportsUnknownKeysWithTheNearestKnownKey() {
        #expect(
            CodebookTestSupport.errors("unknown-key.yaml") == [
                "codebook/unknown-key.yaml:2:1: error: unknown key 'langauge' at the top level. "
                    + "Did you mean 'language'?",
                "codebook/unknown-key.yaml:5:5: error: unknown key 'lable' in a theme. Did you mean 'label'?",
                "codebook/unknown-key.yaml:10:9: error: unknown key 'paterns' in a code. Did you mean 'patterns'?",
                "codebook/unknown-key.yaml:11:45: error: unknown key 'nomatch' in examples. Did you mean 'no_match'?",
                "codebook/unknown-key.yaml:12:9: error: unknown key 'weight' in a code. "
                    + "Use one of: color, description, examples, exclude, id, label, patterns.",
            ])
    }

    /// A misspelt `themes` must not turn the file into a dictionary; the themes are still checked.
    @Test func misspeltThemesIsReportedNotReadAsADictionary() {
        #expect(
            CodebookTestSupport.errors("misspelt-themes.yaml") == [
                "codebook/misspelt-themes.yaml:2:1: error: unknown key 'theems' at the top level. "
                    + "Did you mean 'themes'?",
                "codebook/misspelt-themes.yaml:5:25: error: the pattern is empty. Write a word, or remove the entry.",
            ])
    }

    @Test func reportsDuplicateIdsAtTheSecondDefinition() {
        let fix = "Give each theme and code its own id."
        #expect(
            CodebookTestSupport.errors("duplicate-id.yaml") == [
                "codebook/duplicate-id.yaml:8:13: error: code id 'competence.training' is already used on line 5. "
                    + fix,
                "codebook/duplicate-id.yaml:11:9: error: theme id 'competence' is already used on line 2. \(fix)",
            ])
    }

    @Test func reportsEveryBadPatternAtItsOwnPosition() {
        let star = "a pattern of only '*' matches every word. Add letters, such as 'utbild*', or remove the pattern."
        let none = "has no patterns. Add 'patterns:' with at least one pattern, such as 'patterns: [\"utbild*\"]'."
        #expect(
            CodebookTestSupport.errors("bad-patterns.yaml") == [
                "codebook/bad-patterns.yaml:7:28: error: the pattern is empty. Write a word, or remove the entry.",
                "codebook/bad-patterns.yaml:7:32: error: \(star)",
                "codebook/bad-patterns.yaml:7:37: error: invalid regular expression '(unclosed'. "
                    + "Correct the expression; expected ')'.",
                "codebook/bad-patterns.yaml:7:53: error: \(star)",
                "codebook/bad-patterns.yaml:10:19: error: code 'law.empty' \(none)",
                "codebook/bad-patterns.yaml:11:9: error: code 'law.missing' \(none)",
            ])
    }

    @Test func reportsTabIndentation() {
        #expect(
            CodebookTestSupport.errors("tabs.yaml") == [
                "codebook/tabs.yaml:3:1: error: tab used for indentation. "
                    + "Indent with spaces; YAML does not allow tabs there."
            ])
    }

    @Test func refusesAliasesThatExpandPastTheNodeLimit() {
        // 100 themes × 100 codes × 100 patterns from 6 KB: refused after at most a million steps, before
        // any theme is read (it took minutes and 2.8 GB at 300 × 300 × 300 before the limit).
        #expect(
            CodebookTestSupport.errors("alias-bomb.yaml") == [
                "codebook/alias-bomb.yaml:2:1: error: the YAML holds more than 1000000 values once its aliases "
                    + "(*name) are expanded. Write the repeated parts out instead of nesting aliases; a codebook "
                    + "needs far fewer values."
            ])
    }

    @Test func readsAPatternListSharedThroughAnAlias() throws {
        let codebook = try CodebookLoader.load(Paths.fixture("codebook/shared-patterns.yaml"))
        #expect(
            CodebookTestSupport.dump(codebook) == [
                "kompetens [Kompetens]",
                "  kompetens.brist [Kompetensbrist]: kompetens* | brist på kunskap",
                "  kompetens.behov [Kompetensbehov]: kompetens* | brist på kunskap",
            ])
    }

    @Test func reportsYAMLSyntaxErrorsWithLibyamlsPosition() {
        #expect(
            CodebookTestSupport.errors("syntax.yaml") == [
                "codebook/syntax.yaml:4:13: error: YAML syntax error: while parsing a flow mapping at line 3, "
                    + "did not find expected ',' or '}'. Check the quotes, colons and indentation there."
            ])
    }

    @Test func reportsDuplicateKeysAtTheSecondOne() {
        #expect(
            CodebookTestSupport.errors("duplicate-key.yaml") == [
                "codebook/duplicate-key.yaml:5:5: error: key 'label' appears twice in the same mapping. "
                    + "Remove one of them."
            ])
    }

    @Test func reportsLanguagesAndColours() {
        let language = "Use a two-letter ISO 639-1 code in lower case, such as 'sv' or 'en'."
        #expect(
            CodebookTestSupport.errors("language.yaml") == [
                "codebook/language.yaml:1:11: error: unknown language 'swe'. \(language)",
                "codebook/language.yaml:4:26: error: unknown language 'EN'. \(language)",
                "codebook/language.yaml:4:35: error: unknown language 'eng'. \(language)",
                "codebook/language.yaml:5:11: error: 'color' is empty. "
                    + "Quote the colour, such as 'color: \"#4e79a7\"'; an unquoted '#' starts a comment.",
                "codebook/language.yaml:9:12: error: color 'blue' is not a hex colour. "
                    + "Write it as '#' and six hex digits in quotes, such as \"#4e79a7\".",
            ])
    }

    @Test func reportsMissingRequiredKeys() {
        #expect(
            CodebookTestSupport.errors("missing.yaml") == [
                "codebook/missing.yaml:2:5: error: theme has no 'id'. "
                    + "Add 'id:' with a name used by no other theme or code, such as 'competence'.",
                "codebook/missing.yaml:2:5: error: this theme has neither codes nor patterns. "
                    + "Add 'codes:' with at least one code, or 'patterns:'.",
                "codebook/missing.yaml:3:14: error: 'exclude' on this theme needs patterns on the theme itself. "
                    + "Move 'exclude' into one of the theme's codes, or add 'patterns:' to the theme.",
                "codebook/missing.yaml:4:5: error: theme 'ethics' has no 'label'. "
                    + "Add 'label:', such as 'label: {sv: Utbildning, en: Training}'.",
            ])
    }

    @Test func reportsValuesOfTheWrongKind() {
        let list = "must be a list. Write it as [a, b] or as lines starting with '- '."
        #expect(
            CodebookTestSupport.errors("types.yaml") == [
                "codebook/types.yaml:1:7: error: 'name' must be text. Write a single value after 'name:'.",
                "codebook/types.yaml:4:12: error: 'label' must be text or a map from language to text. "
                    + "Write it as 'label: Text' or 'label: {sv: Text, en: Text}'.",
                "codebook/types.yaml:5:12: error: 'codes' \(list)",
                "codebook/types.yaml:8:15: error: 'patterns' \(list)",
                "codebook/types.yaml:11:16: error: a pattern must be text. Write it in quotes, such as \"utbild*\".",
                "codebook/types.yaml:12:24: error: an example must be a sentence. "
                    + "Write it in quotes, such as \"Vi gick en utbildning.\".",
                "codebook/types.yaml:12:45: error: 'examples.no_match' \(list)",
            ])
    }

    @Test func reportsUnknownExtensions() {
        #expect(
            CodebookTestSupport.errors("nope.txt") == [
                "codebook/nope.txt: error: unknown codebook format '.txt'. "
                    + "Use a .yaml, .yml, .dic, .cat, .lc3 or .qdc file."
            ])
    }

    @Test func plainLabelsTakeTheCodebooksLanguage() throws {
        let yaml = "language: en\nthemes:\n  - id: law\n    label: Law\n    patterns: [law]\n"
        let codebook = try CodebookLoader.load(Data(yaml.utf8), path: "inline.yaml", format: .yaml)
        #expect(codebook.themes[0].label == LocalizedText(["en": "Law"]))
        #expect(codebook.name == "inline")
    }

    @Test func columnsCountUTF8Bytes() {
        // 'ö' and 'ä' are two bytes each, so the bad pattern starts at byte column 28, scalar column 26.
        let yaml = "themes:\n  - id: x\n    label: åäö\n    patterns: [\"ö\", \"ä\", \"*\"]\n"
        do {
            _ = try CodebookLoader.load(Data(yaml.utf8), path: "inline.yaml", format: .yaml)
            Issue.record("a lone '*' must be refused")
        } catch let error as CodebookError {
            #expect(error.diagnostics.map(\.location) == [SourceLocation(file: "inline.yaml", line: 4, column: 28)])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
