import ArgumentParser
import Sync

/// `belajar device`: what the office needs to register this device.
struct DeviceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "device", abstract: "Tampilkan ID dan kunci perangkat / Show this device's id and key.")

    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withSync { store in
            let identity = try DeviceIdentity.of(store)
            print(SyncMessage.deviceShown.text(in: options.language, [
                "id": identity.deviceID, "key": identity.publicKey, "line": identity.trustLine,
            ]))
        }
    }
}
