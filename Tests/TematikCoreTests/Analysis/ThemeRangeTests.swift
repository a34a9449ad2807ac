import Testing

@testable import TematikCore

struct ThemeRangeTests {
    @Test func overlappingRangesOfOneThemeAreOnePassage() {
        let ranges: Set<ThemeRange> = [
            ThemeRange(theme: 0, tokens: 2..<3),  // "kompetens"
            ThemeRange(theme: 0, tokens: 1..<3),  // "saknar kompetens": overlaps, same passage
            ThemeRange(theme: 0, tokens: 3..<4),  // touches but does not overlap: a new passage
            ThemeRange(theme: 0, tokens: 7..<9),
            ThemeRange(theme: 1, tokens: 2..<3),  // another theme on the same tokens counts for that theme
        ]
        #expect(ThemeRange.passages(ranges) == [0: 3, 1: 1])
    }
}
