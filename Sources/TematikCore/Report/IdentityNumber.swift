/// Swedish personal identity numbers: personnummer and samordningsnummer (co-ordination numbers).
///
/// Accepted forms: `YYMMDD-NNNC`, `YYMMDD+NNNC` (`+` for people aged 100 or more), `YYMMDDNNNC`,
/// `YYYYMMDD-NNNC`, `YYYYMMDD+NNNC` and `YYYYMMDDNNNC`. A number counts only when its month is 01–12, its
/// day is 01–31 (a samordningsnummer adds 60 to the day: 61–91), a century, when given, is 18, 19 or 20,
/// and the last digit is the Luhn check digit of the ten digits `YYMMDDNNN`. A ten- or twelve-digit number
/// with a wrong check digit is not an identity number.
enum IdentityNumber {
    /// Whether `digits` (the number's digits in order, 10 or 12 of them, without separator) is a valid
    /// personnummer or samordningsnummer.
    static func isValid(_ digits: [UInt8]) -> Bool {
        guard digits.count == 10 || digits.count == 12, digits.allSatisfy({ $0 <= 9 }) else { return false }
        if digits.count == 12 {
            let century = Int(digits[0]) * 10 + Int(digits[1])
            guard (18...20).contains(century) else { return false }
        }
        let ten = Array(digits.suffix(10))
        let month = Int(ten[2]) * 10 + Int(ten[3])
        let day = Int(ten[4]) * 10 + Int(ten[5])
        guard (1...12).contains(month), (1...31).contains(day) || (61...91).contains(day) else { return false }
        return luhnCheckDigit(ten.prefix(9)) == ten[9]
    }

    /// The Luhn check digit of `digits`: weights 2, 1, 2, … from the left, the digits of each product
    /// summed, and the digit that brings the sum to a multiple of ten.
    static func luhnCheckDigit<C: Collection<UInt8>>(_ digits: C) -> UInt8 {
        var sum = 0
        for (i, digit) in digits.enumerated() {
            let product = Int(digit) * (i % 2 == 0 ? 2 : 1)
            sum += product / 10 + product % 10
        }
        return UInt8((10 - sum % 10) % 10)
    }
}
