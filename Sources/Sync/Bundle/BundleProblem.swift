/// Why a bundle is refused. Each tampering shows up as its own reason, so the office can tell a
/// damaged USB stick from a forged file.
public enum BundleProblem: Error, Sendable, Equatable {
    case notABundle
    case unsupportedFormat(String)
    /// The file ends early: a copy that did not finish, or a USB stick pulled too soon.
    case truncated
    case trailingData(bytes: Int)
    case manifestDamaged
    case signatureUnreadable
    /// The signature does not belong to this manifest: altered, or taken from another bundle.
    case signatureMismatch
    case unknownDevice(deviceID: String)
    /// The device is registered with a different key: someone else's key signed this bundle.
    case keyMismatch(deviceID: String)
    case statementsAltered
    case countMismatch(declared: Int, found: Int)
    case idRangeMismatch
    /// This device's bundle number `sequence` was imported before.
    case alreadyImported(deviceID: String, sequence: Int)
    /// The device used number `sequence` before for different statements.
    case sequenceReused(deviceID: String, sequence: Int)
    /// Devices number their bundles from 1: 0 or a negative number is a forged or broken manifest.
    case sequenceInvalid(Int)
}
