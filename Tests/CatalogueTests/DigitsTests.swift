import Foundation
import Localization
import Testing

/// `Readable`'s digits are printf's, with a point whatever the locale: what `String(format:)`
/// wrote before FoundationEssentials, which has no `String(format:)`.
@Suite struct DigitsTests {
    @Test(arguments: [0, 0.5, 1.25, 33.333333, 99.999996, -12.5, 1_048_576.7, 1e-7, 2.675, 100])
    func fixedDecimalsAsPrintfWroteThem(_ value: Double) {
        for places in [1, 2, 5] {
            #expect(Readable.fixed(value, places: places) == String(format: "%.\(places)f", value), "\(value) \(places)")
        }
    }

    @Test(arguments: [0, 7, 42, 2026, 12345, -3])
    func paddedAsPrintfWroteThem(_ value: Int) {
        #expect(Readable.padded(value, digits: 4) == String(format: "%04d", value))
        #expect(Readable.padded(value, digits: 2) == String(format: "%02d", value))
    }

    @Test func zerosEndingTheDecimalsGo() {
        #expect(Readable.trimmedZeros("33.33300") == "33.333")
        #expect(Readable.trimmedZeros("12.00000") == "12")
        #expect(Readable.trimmedZeros("120") == "120")
    }
}
