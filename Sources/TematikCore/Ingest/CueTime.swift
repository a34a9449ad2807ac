/// A cue time such as `00:01:02.500` (WebVTT) or `00:01:02,500` (SRT), read leniently.
struct CueTime: Hashable, Sendable {
    /// The time in seconds.
    var seconds: Double
    /// Whether the time had the padded form a browser insists on: `hh:mm:ss.ttt` or `mm:ss.ttt`, two digits
    /// for minutes and seconds, three for the fraction. Microsoft Graph writes Teams times as `0:0:5.32`.
    var isPadded: Bool
    /// Whether the fraction was written after a comma, as SRT does.
    var usesComma: Bool

    /// The time in the UTF-8 `text`, or `nil` when it is not `[h:]m:s[.fraction]` with minutes and seconds
    /// below 60.
    init?(_ text: ArraySlice<UInt8>) {
        if let padded = Self(padded: text) {
            self = padded
        } else {
            self.init(lenient: Substring(String(decoding: text, as: UTF8.self)))
        }
    }

    /// The time in the UTF-8 `text` when it has the padded form, `hh:mm:ss.ttt` or `mm:ss.ttt` (a comma for
    /// the point too), read from its bytes: the form of nearly every cue, and the same time
    /// ``init(lenient:)`` gives.
    init?(padded text: ArraySlice<UInt8>) {
        let hasHours = text.count == 12
        guard hasHours || text.count == 9 else { return nil }
        // Offsets are those of `hh:mm:ss.ttt`, also in `mm:ss.ttt`.
        let base = text.startIndex - (hasHours ? 0 : 3)
        func number(_ offsets: ClosedRange<Int>) -> Int? {
            var value = 0
            for offset in offsets {
                let digit = text[base + offset] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        let mark = text[base + 8]
        guard !hasHours || text[base + 2] == UInt8(ascii: ":"), text[base + 5] == UInt8(ascii: ":"),
            mark == UInt8(ascii: ".") || mark == UInt8(ascii: ","), let hours = hasHours ? number(0...1) : 0,
            let minutes = number(3...4), let seconds = number(6...7), let thousandths = number(9...11),
            minutes < 60, seconds < 60
        else { return nil }
        // Whole seconds are exact in a Double, and the quotient is rounded as reading "0.ttt" is.
        self.seconds = Double((hours * 60 + minutes) * 60 + seconds) + Double(thousandths) / 1000
        isPadded = true
        usesComma = mark == UInt8(ascii: ",")
    }

    /// The time in `text` read leniently: one to three numbers of any length, a fraction of any length.
    init?(lenient text: Substring) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let last = parts.last else { return nil }
        let separatorIndex = last.firstIndex { $0 == "." || $0 == "," }
        let wholeSeconds = separatorIndex.map { last[..<$0] } ?? last
        let fraction = separatorIndex.map { last[last.index(after: $0)...] } ?? ""
        let numbers = parts.dropLast().map { $0 } + [wholeSeconds]
        guard numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            fraction.allSatisfy({ $0.isASCII && $0.isNumber }), separatorIndex == nil || !fraction.isEmpty
        else { return nil }
        var total = 0.0
        for (position, part) in numbers.enumerated() {
            guard let value = Double(part) else { return nil }
            let isHours = numbers.count == 3 && position == 0
            if !isHours, value >= 60 { return nil }
            total = total * 60 + value
        }
        if let value = Double("0." + fraction), !fraction.isEmpty { total += value }
        seconds = total
        usesComma = separatorIndex.map { last[$0] == "," } ?? false
        let hoursPadded = numbers.count == 2 || numbers[0].count >= 2
        isPadded =
            hoursPadded && numbers.dropFirst(numbers.count - 2).allSatisfy { $0.count == 2 } && fraction.count == 3
    }
}
