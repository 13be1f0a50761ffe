import FoundationEssentials
import Localization

/// The only marks Moodle stores for an answer: `question_bank::fraction_options_full()` in
/// Moodle's question/engine/bank.php (p/q for q ≤ 6, p/10, 1/q for q ≤ 10, 1/20, and their
/// negatives). An import whose weight is none of them fails there (`match_grade_options` in
/// question/format.php, with `$matchgrades = 'error'`), so it is an error here too.
public enum MoodleFractions {
    /// Moodle's list, 1 down to -1, as fractions to 7 places.
    public static let fractions: [Double] = {
        let positive = [0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25,
                        0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05]
        return [1] + positive + [0] + positive.reversed().map { -$0 } + [-1]
    }()

    /// The allowed weight a written one stands for, in percent; nil when Moodle refuses it.
    /// `match_grade_options` allows 0.00001 of slack, so `%33.333%` is Moodle's 33.33333%.
    public static func allowed(_ percent: Double) -> Double? {
        fractions.first { abs(percent / 100 - $0) < 0.00001 }.map { $0 * 100 }
    }

    /// The allowed weights either side of a refused one (one when it lies beyond the list).
    public static func nearest(_ percent: Double) -> [Double] {
        let below = fractions.filter { $0 * 100 < percent }.max()
        let above = fractions.filter { $0 * 100 > percent }.min()
        return [above, below].compactMap { $0 }.map { $0 * 100 }
    }

    /// `33.33333`, `50`, `-12.5`: as Moodle's export writes a weight (`$answer->fraction * 100`).
    public static func written(_ percent: Double) -> String {
        if percent == percent.rounded() { return String(Int(percent)) }
        return Readable.trimmedZeros(Readable.fixed(percent, places: 5))
    }
}
