/// Ids derived from names, for imported codebooks whose codes have names but no ids (REFI-QDA).
enum CodebookIdentifier {
    /// `name` in lower case, each run of characters other than letters and digits turned into one `-`
    /// (`Health care` → `health-care`, `Förankring i grunduppdraget` → `förankring-i-grunduppdraget`);
    /// `code` if nothing is left.
    static func slug(_ name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "code" : result
    }

    /// `id`, or `id-2`, `id-3`, … if it is taken; the result is added to `used`.
    static func unique(_ id: String, in used: inout Set<String>) -> String {
        var candidate = id
        var number = 2
        while used.contains(candidate) {
            candidate = "\(id)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
