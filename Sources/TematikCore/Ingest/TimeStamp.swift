import Foundation

/// Inline time stamps in transcript text: `[00:12:03]`, `[12:03]`, `(00:12:03)`, `00:12:03`, `[00:12:03.5]`.
enum TimeStamp {
    /// The time in seconds at the start of `text` and the text after it (and after the white space that
    /// follows), or `nil` when `text` does not start with a time stamp.
    ///
    /// Bracketed stamps may have two or three parts (`[mm:ss]`, `[h:mm:ss]`); a bare stamp needs three
    /// (`00:12:03`), so that `12:30 kom jag` is not taken for a time. Seconds may have a fraction with
    /// `.` or `,`. Minutes and seconds must be below 60.
    static func leading(in text: Substring) -> (seconds: Double, rest: Substring)? {
        // Most lines start with a letter: answer them from the first byte.
        guard let lead = text.utf8.first,
            lead == UInt8(ascii: "[") || lead == UInt8(ascii: "(")
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead)
        else { return nil }
        var body = text
        var closing: Character?
        if let first = body.first, first == "[" || first == "(" {
            closing = first == "[" ? "]" : ")"
            body = body.dropFirst()
        }
        var end = body.startIndex
        while end < body.endIndex, body[end].isASCII, body[end].isNumber || ":.,".contains(body[end]) {
            end = body.index(after: end)
        }
        guard let seconds = parse(body[..<end], minimumParts: closing == nil ? 3 : 2) else { return nil }
        var rest = body[end...]
        if let closing {
            guard rest.first == closing else { return nil }
            rest = rest.dropFirst()
        } else if let next = rest.first, !next.isWhitespace {
            return nil
        }
        return (seconds, rest.drop(while: \.isWhitespace))
    }

    /// Seconds of `h:mm:ss[.f]` or `mm:ss[.f]`, or `nil` when the form does not fit.
    private static func parse(_ text: Substring, minimumParts: Int) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= minimumParts, parts.count <= 3 else { return nil }
        let secondsPart = parts[parts.count - 1].replacingOccurrences(of: ",", with: ".")
        let whole = secondsPart.split(separator: ".", omittingEmptySubsequences: false)
        guard whole.count <= 2, whole[0].count == 2, whole.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
            let seconds = Double(secondsPart), seconds < 60
        else { return nil }
        var total = seconds
        var factor = 60.0
        for part in parts.dropLast().reversed() {
            guard (1...2).contains(part.count), let value = Int(part) else { return nil }
            if factor == 60, value >= 60 { return nil }
            total += Double(value) * factor
            factor *= 60
        }
        return total
    }
}
