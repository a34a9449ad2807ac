/// A cue time such as `00:01:02.500` (WebVTT) or `00:01:02,500` (SRT), read leniently.
struct CueTime: Hashable, Sendable {
    /// The time in seconds.
    var seconds: Double
    /// Whether the time had the padded form a browser insists on: `hh:mm:ss.ttt` or `mm:ss.ttt`, two digits
    /// for minutes and seconds, three for the fraction. Microsoft Graph writes Teams times as `0:0:5.32`.
    var isPadded: Bool
    /// Whether the fraction was written after a comma, as SRT does.
    var usesComma: Bool

    /// The time in `text`, or `nil` when it is not `[h:]m:s[.fraction]` with minutes and seconds below 60.
    init?(_ text: Substring) {
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
