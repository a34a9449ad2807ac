/// Finds the personal data that ``Pseudonymizer`` hides in a text: identity numbers, e-mail addresses and
/// Swedish phone numbers. Names are found by ``NameIndex``.
///
/// - An identity number is digits not touching other digits, in one of the forms of
///   ``IdentityNumber``, that passes its checks; it becomes `[personnummer]`.
/// - An e-mail address is `local@domain.tld`: letters, digits and `._%+-` before the `@`, letters, digits,
///   `.` and `-` after it, with a last label of at least two letters; it becomes `[e-post]`.
/// - A phone number starts with `0` or `+46`, not right after a digit, and has 8 to 12 digits
///   (`46` included) with at most one space or dash between two digits; `YYMMDD-NNNN`, ten digits with a
///   dash after six, is never a phone number. It becomes `[telefon]`.
enum MaskingScanner {
    static let identityNumber = "[personnummer]"
    static let email = "[e-post]"
    static let phone = "[telefon]"

    /// Every identity number, e-mail address and phone number in `text`, possibly overlapping.
    static func spans(in text: [Character]) -> [MaskSpan] {
        var spans: [MaskSpan] = []
        for i in text.indices {
            // A number may follow a letter (`pnr850101-1234`) but never another digit.
            let startsRun = i == 0 || digit(text[i - 1]) == nil
            if startsRun, digit(text[i]) != nil, let end = identityNumberEnd(text, from: i) {
                spans.append(MaskSpan(range: i..<end, replacement: identityNumber))
            }
            if startsRun, text[i] == "0" || text[i] == "+", let end = phoneEnd(text, from: i) {
                spans.append(MaskSpan(range: i..<end, replacement: phone))
            }
            if text[i] == "@", let range = emailRange(text, at: i) {
                spans.append(MaskSpan(range: range, replacement: email))
            }
        }
        return spans
    }

    /// The end of a valid identity number starting at `start`.
    static func identityNumberEnd(_ text: [Character], from start: Int) -> Int? {
        let first = digitRun(text, from: start)
        var digits = first.digits
        var end = first.end
        if (digits.count == 6 || digits.count == 8), end < text.count, text[end] == "-" || text[end] == "+" {
            let second = digitRun(text, from: end + 1)
            guard second.digits.count == 4 else { return nil }
            digits += second.digits
            end = second.end
        } else if digits.count != 10 && digits.count != 12 {
            return nil
        }
        return IdentityNumber.isValid(digits) ? end : nil
    }

    /// The end of a phone number starting at `start` (a `0` or the `+` of `+46`).
    static func phoneEnd(_ text: [Character], from start: Int) -> Int? {
        var i = start
        if text[i] == "+" {
            guard i + 2 < text.count, text[i + 1] == "4", text[i + 2] == "6" else { return nil }
            i += 1
        }
        var digits = 0
        var end = i
        while i < text.count, digits < 12 {
            if digit(text[i]) != nil {
                digits += 1
                i += 1
                end = i
            } else if (text[i] == " " || text[i] == "-"), i > start, i + 1 < text.count, digit(text[i + 1]) != nil,
                digit(text[i - 1]) != nil
            {
                i += 1
            } else {
                break
            }
        }
        // Twelve digits followed straight by a thirteenth is a longer number, not a phone number.
        guard (8...12).contains(digits), end == text.count || digit(text[end]) == nil else { return nil }
        let shape = text[start..<end].map { digit($0) != nil ? "9" : String($0) }.joined()
        return shape == "999999-9999" ? nil : end
    }

    /// The address around the `@` at `at`, if it is one.
    static func emailRange(_ text: [Character], at: Int) -> Range<Int>? {
        var start = at
        while start > 0, isLocalCharacter(text[start - 1]) { start -= 1 }
        while start < at, text[start] == "." { start += 1 }
        var end = at + 1
        while end < text.count, text[end].isLetter || text[end].isNumber || text[end] == "." || text[end] == "-" {
            end += 1
        }
        while end > at + 1, text[end - 1] == "." || text[end - 1] == "-" { end -= 1 }
        guard start < at, end > at + 1 else { return nil }
        let labels = text[(at + 1)..<end].split(separator: ".")
        guard labels.count >= 2, let last = labels.last, last.count >= 2, last.allSatisfy(\.isLetter) else {
            return nil
        }
        return start..<end
    }

    /// The digits of the run starting at `start` and where it ends.
    private static func digitRun(_ text: [Character], from start: Int) -> (digits: [UInt8], end: Int) {
        var digits: [UInt8] = []
        var i = start
        while i < text.count, let d = digit(text[i]) {
            digits.append(d)
            i += 1
        }
        return (digits, i)
    }

    /// The value of an ASCII digit.
    static func digit(_ c: Character) -> UInt8? {
        guard let ascii = c.asciiValue, ascii >= UInt8(ascii: "0"), ascii <= UInt8(ascii: "9") else { return nil }
        return ascii - UInt8(ascii: "0")
    }

    private static func isLocalCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || "._%+-".contains(c)
    }
}
