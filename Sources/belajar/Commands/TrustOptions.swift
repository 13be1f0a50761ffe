import ArgumentParser
import FoundationEssentials
import Sync

/// Which devices `import` and `report --bundles` believe: those of the office's trust file, and
/// others only when the office says to trust on first use.
struct TrustOptions: ParsableArguments {
    @Option(help: "Berkas kunci perangkat tepercaya / Trusted device keys file.") var trustedKeys: String?
    @Flag(help: "Terima kunci pertama tiap perangkat yang tidak ada di berkas kunci / Trust each unlisted device's first key.")
    var trustOnFirstUse = false

    func policy() throws -> TrustPolicy {
        guard trustedKeys != nil || trustOnFirstUse else { throw SyncError.trustRequired }
        return TrustPolicy(keys: try trustedKeys.map(TrustedKeys.load), firstUse: trustOnFirstUse)
    }
}
