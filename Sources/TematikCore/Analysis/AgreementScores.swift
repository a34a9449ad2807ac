/// Agreement measures computed from one ``AgreementCounts`` table.
///
/// A measure whose formula divides by zero is `nil` ("undefined", written as an empty cell), never NaN:
/// - `precision` is `nil` when the automatic coding never used the code (`tp + fp == 0`);
/// - `recall` is `nil` when the human never used it (`tp + fn == 0`);
/// - `f1` is `2tp / (2tp + fp + fn)`, so it is 0 when one side never used the code and the other did, and
///   `nil` only when neither used it;
/// - `kappa` and `alpha` are `nil` when there are no units or when both codings used one and the same
///   value on every unit (no variation to agree about); when only one side never used the code, both
///   are finite (kappa is then exactly 0: observed agreement equals chance agreement).
public struct AgreementScores: Hashable, Sendable, Codable {
    public var precision: Double?
    public var recall: Double?
    public var f1: Double?
    /// Cohen's kappa: `(po - pe) / (1 - pe)`.
    public var kappa: Double?
    /// Krippendorff's alpha for nominal data, two coders, no missing values.
    public var alpha: Double?

    /// The measures of `counts`.
    public init(_ counts: AgreementCounts) {
        let (tp, fp, fn, tn) = (Double(counts.tp), Double(counts.fp), Double(counts.fn), Double(counts.tn))
        precision = tp + fp > 0 ? tp / (tp + fp) : nil
        recall = tp + fn > 0 ? tp / (tp + fn) : nil
        f1 = tp + fp + fn > 0 ? 2 * tp / (2 * tp + fp + fn) : nil
        kappa = Self.kappa(tp: tp, fp: fp, fn: fn, tn: tn)
        alpha = Self.alpha(tp: tp, fp: fp, fn: fn, tn: tn)
    }

    /// Cohen's kappa; `nil` when chance agreement is 1 (or there are no units).
    private static func kappa(tp: Double, fp: Double, fn: Double, tn: Double) -> Double? {
        let n = tp + fp + fn + tn
        guard n > 0 else { return nil }
        let observed = (tp + tn) / n
        let chance = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
        guard chance < 1 else { return nil }
        return (observed - chance) / (1 - chance)
    }

    /// Krippendorff's alpha from the coincidence matrix of 2N pairable values: `o₁₁ = 2tp`, `o₀₀ = 2tn`,
    /// `o₀₁ = o₁₀ = fp + fn`, so `α = 1 − (2N − 1)(fp + fn) / (n₀ · n₁)` with `n₀ = 2tn + fp + fn` and
    /// `n₁ = 2tp + fp + fn`; `nil` when one value was never used (`n₀ · n₁ = 0`).
    private static func alpha(tp: Double, fp: Double, fn: Double, tn: Double) -> Double? {
        let n = 2 * (tp + fp + fn + tn)
        let absent = 2 * tn + fp + fn
        let present = 2 * tp + fp + fn
        guard absent * present > 0 else { return nil }
        return 1 - (n - 1) * (fp + fn) / (absent * present)
    }
}
