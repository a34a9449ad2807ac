import Foundation
import TestSupport
import Testing

@testable import TematikCore

@Suite(.scratch) struct FormattingTests {
    @Test(arguments: [
        (1.0 / 3, 4, "0.3333"), (2.0 / 3, 4, "0.6667"), (-0.0, 4, "0.0000"), (-0.00001, 4, "0.0000"),
        (Double.nan, 4, "0.0000"), (Double.infinity, 2, "0.00"), (-2.5, 0, "-3"), (12345.678, 1, "12345.7"),
        (0.125, 2, "0.13"), (100, 4, "100.0000"), (-1.5, 4, "-1.5000"),
    ])
    func fixedFormatIsLocaleFree(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(NumberFormat.fixed(value, decimals: decimals) == expected)
    }

    @Test func displayFormatFollowsTheLanguage() {
        #expect(NumberFormat.display(1234567.891, decimals: 2, language: .sv) == "1\u{A0}234\u{A0}567,89")
        #expect(NumberFormat.display(1234567.891, decimals: 2, language: .en) == "1,234,567.89")
        #expect(NumberFormat.display(999, language: .en) == "999")
        #expect(NumberFormat.display(-1000, language: .en) == "\u{2212}1,000")
        #expect(NumberFormat.percent(0.4286, language: .sv) == "42,9\u{A0}%")
        #expect(NumberFormat.percent(0.4286, language: .en) == "42.9%")
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("cr\r", "\"cr\r\""), ("", ""), ("åäö", "åäö"),
    ])
    func csvQuotesOnlyWhatNeedsIt(_ text: String, _ expected: String) {
        #expect(CSVWriter.field(text) == expected)
    }

    @Test func csvRowsEndWithNewline() {
        #expect(CSVWriter.row(["a", "b,c", ""]) == "a,\"b,c\",\n")
    }

    @Test func scalarCounterCountsCodePointsForwardAndBack() {
        let bytes = Array("aå€😀b".utf8)  // 1 + 2 + 3 + 4 + 1 bytes
        bytes.withUnsafeBufferPointer { text in
            var counter = ScalarCounter(text)
            #expect([0, 1, 3, 6, 10, 11].map { counter.count(before: $0) } == [0, 1, 2, 3, 4, 5])
            // Back to an earlier offset, as a second code's coding of the same words asks.
            #expect(counter.count(before: 3) == 2)
            #expect(counter.count(before: 99) == 5)
        }
    }

    /// Long enough for the eight-byte steps, asked forwards at every scalar boundary and then backwards.
    @Test func scalarCounterAgreesWithTheScalarsOfLongText() {
        let text = String(repeating: "Vi saknar AI-kompetens – ”alltså” 😀 å\u{301}! ", count: 7)
        let bytes = Array(text.utf8)
        let boundaries =
            text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) } + [bytes.count]
        bytes.withUnsafeBufferPointer { buffer in
            var counter = ScalarCounter(buffer)
            for (scalars, offset) in boundaries.enumerated() { #expect(counter.count(before: offset) == scalars) }
            for (scalars, offset) in boundaries.enumerated().reversed() {
                #expect(counter.count(before: offset) == scalars)
            }
        }
    }

    @Test func csvBytesQuoteLikeTheStringWriter() {
        for text in ["plain", "a,b", "say \"hi\"", "two\nlines", "", "åäö, 😀"] {
            var csv = CSVBytes()
            csv.field(text)
            csv.separator()
            csv.field(-120)
            csv.separator()
            csv.field(0)
            csv.endRow()
            #expect(String(decoding: csv.bytes, as: UTF8.self) == CSVWriter.row([text, "-120", "0"]))
        }
    }

    @Test func jsonIsSortedAndNumbersAreFixed() throws {
        struct Sample: Encodable {
            var zeta = 1
            var alpha = 0.5
            var name: String? = nil
            var list = ["a\"b", "c\n"]
            var map = ["b": 2, "a": 1]
        }
        let text = try JSONValueEncoder.encode(Sample()).rendered()
        #expect(
            text == """
                {
                  "alpha": 0.500000,
                  "list": [
                    "a\\"b",
                    "c\\n"
                  ],
                  "map": {
                    "a": 1,
                    "b": 2
                  },
                  "zeta": 1
                }

                """)
        #expect(JSONValue.number(-0.0).rendered() == "0.000000\n")
        #expect(JSONValue.string("\u{1}").rendered() == "\"\\u0001\"\n")
    }

    /// Every primitive reaches its JSON value through the typed encode methods, keyed, unkeyed or single.
    @Test func everyPrimitiveKindIsEncoded() throws {
        struct Primitives: Encodable {
            var flag = true
            var small: Int8 = -3
            var large = UInt64.max
            var ratio: Float = 0.25
            var maybe: Int? = 7
            var absent: Int? = nil
            var mixed: [Double?] = [1.5, nil]
            var flags = [false]

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(flag, forKey: .flag)
                try container.encode(small, forKey: .small)
                try container.encode(large, forKey: .large)
                try container.encode(ratio, forKey: .ratio)
                try container.encode(maybe, forKey: .maybe)
                try container.encode(absent, forKey: .absent)
                try container.encode(mixed, forKey: .mixed)
                try container.encode(flags, forKey: .flags)
            }

            enum CodingKeys: CodingKey { case flag, small, large, ratio, maybe, absent, mixed, flags }
        }
        let expected: [String: JSONValue] = [
            "flag": .bool(true), "small": .int(-3), "large": .int(-1), "ratio": .number(0.25),
            "maybe": .int(7), "absent": .null, "mixed": .array([.number(1.5), .null]), "flags": .array([.bool(false)]),
        ]
        #expect(try JSONValueEncoder.encode(Primitives()) == .object(expected))
        #expect(try JSONValueEncoder.encode(UInt8(200)) == .int(200))
        #expect(try JSONValueEncoder.encode("x") == .string("x"))
    }

    @Test(arguments: [0, 1, 3])
    func aStreamedMemberPrintsAsTheWholeValueDoes(count: Int) throws {
        let elements = (0..<count).map { JSONValue.object(["n": .int($0), "s": .array([.string("x\n")])]) }
        let value = JSONValue.object(["b": .array(elements), "a": .number(0.5), "c": .object([:])])
        let directory = try ReportFixture.temporaryDirectory()
        let target = directory.appendingPathComponent("x.json")
        try AtomicFile.write(to: target) { sink in
            var shallow = value
            if case .object(var members) = value {
                members["b"] = nil
                shallow = .object(members)
            }
            try shallow.write(to: &sink, streaming: "b", count: count) { elements[$0] }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == value.rendered())
    }

    @Test func atomicWriteLeavesOnlyTheTarget() throws {
        let directory = try ReportFixture.temporaryDirectory()
        let target = directory.appendingPathComponent("x.txt")
        try AtomicFile.write(Data("one".utf8), to: target)
        try AtomicFile.write(Data("two".utf8), to: target)
        struct Failure: Error {}
        #expect(throws: Failure.self) {
            try AtomicFile.write(to: target) { sink in
                try sink.append("three")
                throw Failure()
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["x.txt"])
    }

    @Test func aReaderOfTheOldFileKeepsItWhole() throws {
        let directory = try ReportFixture.temporaryDirectory()
        let target = directory.appendingPathComponent("x.txt")
        try AtomicFile.write(Data(repeating: UInt8(ascii: "a"), count: 100_000), to: target)
        let reader = try FileHandle(forReadingFrom: target)
        defer { try? reader.close() }
        try AtomicFile.write(Data("new".utf8), to: target)
        #expect(try reader.readToEnd() == Data(repeating: UInt8(ascii: "a"), count: 100_000))
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["x.txt"])
    }

    @Test func aFolderInTheFilesPlaceIsAnErrorAndStays() throws {
        let directory = try ReportFixture.temporaryDirectory()
        let target = directory.appendingPathComponent("x.txt")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("kept".utf8).write(to: target.appendingPathComponent("inside.txt"))
        #expect(throws: Diagnostic.self) { try AtomicFile.write(Data("new".utf8), to: target) }
        #expect(try String(contentsOf: target.appendingPathComponent("inside.txt"), encoding: .utf8) == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["x.txt"])
    }

    @Test func ticksAreRound() {
        #expect(SVGText.ticks(upTo: 100) == [0, 20, 40, 60, 80, 100])
        #expect(SVGText.ticks(upTo: 7.3) == [0, 2, 4, 6, 8])
        #expect(SVGText.ticks(upTo: 0) == [0, 1])
    }
}
