import Testing

@testable import TematikCore

/// Agreement measures on tables worked out by hand.
struct AgreementTests {
    /// `a` and `b` equal to within rounding error, or both `nil`.
    private func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): abs(x - y) < 1e-12
        default: false
        }
    }

    @Test func perfectAgreementScoresOne() {
        let counts = AgreementCounts(
            automatic: [true, true, false, false, false],
            human: [true, true, false, false, false])
        #expect(counts == AgreementCounts(tp: 2, fp: 0, fn: 0, tn: 3))
        let scores = AgreementScores(counts)
        #expect(scores == AgreementScores(AgreementCounts(tp: 2, tn: 3)))
        #expect(close(scores.precision, 1) && close(scores.recall, 1) && close(scores.f1, 1))
        #expect(close(scores.kappa, 1))
        #expect(close(scores.alpha, 1))
    }

    /// tp = fp = fn = tn = 1: po = 0.5, pe = (2·2 + 2·2) / 16 = 0.5, so κ = 0; n₀ = n₁ = 4, 2N = 8,
    /// α = 1 − 7 · 2 / 16 = 0.125 (alpha's small-sample correction keeps it above kappa).
    @Test func chanceLevelAgreement() {
        let counts = AgreementCounts(automatic: [true, true, false, false], human: [true, false, true, false])
        #expect(counts == AgreementCounts(tp: 1, fp: 1, fn: 1, tn: 1))
        let scores = AgreementScores(counts)
        #expect(close(scores.precision, 0.5) && close(scores.recall, 0.5) && close(scores.f1, 0.5))
        #expect(close(scores.kappa, 0))
        #expect(close(scores.alpha, 0.125))
    }

    /// tp = 3, fp = 1, fn = 2, tn = 4 (N = 10): po = 0.7, pe = (4·5 + 6·5) / 100 = 0.5, κ = 0.4;
    /// n₀ = 11, n₁ = 9, α = 1 − 19 · 3 / 99 = 42 / 99.
    @Test func unevenTable() {
        let scores = AgreementScores(AgreementCounts(tp: 3, fp: 1, fn: 2, tn: 4))
        #expect(close(scores.precision, 0.75))
        #expect(close(scores.recall, 0.6))
        #expect(close(scores.f1, 6.0 / 9.0))
        #expect(close(scores.kappa, 0.4))
        #expect(close(scores.alpha, 42.0 / 99.0))
    }

    /// The human never used the code: recall is undefined, precision and F1 are 0, kappa is 0
    /// (po = pe = 0.75), and α = 1 − 7 · 1 / (7 · 1) = 0.
    @Test func codeTheHumanNeverUsed() {
        let scores = AgreementScores(
            AgreementCounts(
                automatic: [true, false, false, false],
                human: [false, false, false, false]))
        #expect(close(scores.precision, 0))
        #expect(scores.recall == nil)
        #expect(close(scores.f1, 0))
        #expect(close(scores.kappa, 0))
        #expect(close(scores.alpha, 0))
    }

    /// The automatic coding never used the code: precision is undefined, recall and F1 are 0.
    @Test func codeTheAutomaticCodingNeverUsed() {
        let scores = AgreementScores(AgreementCounts(tp: 0, fp: 0, fn: 2, tn: 2))
        #expect(scores.precision == nil)
        #expect(close(scores.recall, 0))
        #expect(close(scores.f1, 0))
        #expect(close(scores.kappa, 0))
        // n₀ = 6, n₁ = 2, 2N = 8: α = 1 − 7 · 2 / 12.
        #expect(close(scores.alpha, 1 - 14.0 / 12.0))
    }

    @Test func codeNeitherUsedIsUndefined() {
        let scores = AgreementScores(AgreementCounts(tn: 5))
        #expect(scores == AgreementScores(AgreementCounts(tn: 1)))
        #expect(scores.precision == nil && scores.recall == nil && scores.f1 == nil)
        #expect(scores.kappa == nil && scores.alpha == nil)
        #expect(AgreementScores(AgreementCounts()).kappa == nil)
    }

    @Test func tallyCountsEveryUnitAndPools() {
        var tally = AgreementTally(codes: 2)
        tally.add(automatic: [0], human: [0])
        tally.add(automatic: [0, 1], human: [])
        tally.add(automatic: [], human: [1])
        tally.add(automatic: [], human: [])
        #expect(
            tally.counts == [
                AgreementCounts(tp: 1, fp: 1, fn: 0, tn: 2),
                AgreementCounts(tp: 0, fp: 1, fn: 1, tn: 2),
            ])
        #expect(tally.overall == AgreementCounts(tp: 1, fp: 2, fn: 1, tn: 4))
        var other = AgreementTally(codes: 2)
        other.add(automatic: [1], human: [1])
        tally.merge(other)
        #expect(
            tally.counts == [
                AgreementCounts(tp: 1, fp: 1, fn: 0, tn: 3),
                AgreementCounts(tp: 1, fp: 1, fn: 1, tn: 2),
            ])
    }
}
