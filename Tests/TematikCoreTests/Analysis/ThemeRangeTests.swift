import Testing

@testable import TematikCore

struct ThemeRangeTests {
    @Test func overlappingRangesOfOneThemeAreOnePassage() {
        var ranges: [ThemeRange] = [
            ThemeRange(theme: 0, tokens: 2..<3),  // "kompetens"
            ThemeRange(theme: 0, tokens: 1..<3),  // "saknar kompetens": overlaps, same passage
            ThemeRange(theme: 0, tokens: 3..<4),  // touches but does not overlap: a new passage
            ThemeRange(theme: 0, tokens: 7..<9),
            ThemeRange(theme: 1, tokens: 2..<3),  // another theme on the same tokens counts for that theme
            ThemeRange(theme: 0, tokens: 2..<3),  // the same range twice (two codes of the theme) is one
        ]
        var counted: [(theme: Int, passages: Int)] = []
        ThemeRange.countPassages(&ranges) { counted.append(($0, $1)) }
        #expect(counted.map(\.theme) == [0, 1])
        #expect(counted.map(\.passages) == [3, 1])
    }
}
