import PropertyBased
import Testing

@testable import TematikCore

/// `CueTime` reads the padded form from bytes; that must give what the lenient reading gives.
struct CueTimeTests {
    /// A number below 70 in 2 digits (mostly), or 1 or 3, zero-padded, or an empty field.
    static let field = zip(Gen.int(in: 0...69), Gen.int(in: 0...5)).map { value, pick in
        let width = [2, 2, 2, 1, 3, 0][pick]
        return String(String(repeating: "0", count: width) + String(value)).suffix(width).description
    }

    /// Times with or without hours, either decimal mark, fractions of 0 to 4 digits, and now and then a
    /// stray character, so that the padded form and its near misses both come up.
    static let times = zip(
        field, field, field, Gen.int(in: 0...9999), Gen.int(in: 0...6), Gen.int(in: 0...5), Gen.int(in: 0...12)
    ).map { hours, minutes, seconds, fraction, widthPick, mark, stray in
        let fractionWidth = [3, 3, 3, 0, 1, 2, 4][widthPick]
        var text = (mark == 0 ? "" : hours + ":") + minutes + ":" + seconds
        if fractionWidth > 0 {
            let digits = String(String(repeating: "0", count: 4) + String(fraction)).suffix(fractionWidth)
            text += (mark == 1 ? "," : ".") + digits
        }
        if stray == 0 { text = "x" + text.dropFirst() }
        if stray == 1 { text = String(text.dropLast()) + "ö" }
        return text
    }

    @Test func paddedReadingAgreesWithTheLenientOne() async {
        await propertyCheck(count: 5000, input: Self.times) { text in
            if let padded = CueTime(padded: ArraySlice(text.utf8)) {
                #expect(CueTime(lenient: Substring(text)) == padded)
            } else if let lenient = CueTime(lenient: Substring(text)), lenient.isPadded {
                // Left to the lenient reading: hours of more than two digits.
                #expect(text.prefix { $0 != ":" }.count > 2)
            }
        }
    }

    @Test(arguments: [
        ("00:01:02.500", 62.5, true, false), ("01:02,250", 62.25, true, true), ("0:0:5.32", 5.32, false, false),
        ("100:00:00.000", 360_000, true, false), ("00:00", 0, false, false), ("00:00:59.999", 59.999, true, false),
    ])
    func reads(_ text: String, _ seconds: Double, _ isPadded: Bool, _ usesComma: Bool) {
        let time = CueTime(ArraySlice(text.utf8))
        #expect(time?.seconds == seconds)
        #expect(time?.isPadded == isPadded)
        #expect(time?.usesComma == usesComma)
    }

    @Test(arguments: ["00:60:00.000", "00:00:60.000", "00:00:00.", "0", "", "aa:bb:cc.ddd", "00:00:00.0a0"])
    func rejects(_ text: String) {
        #expect(CueTime(ArraySlice(text.utf8)) == nil)
    }
}
