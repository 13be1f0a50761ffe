import ArgumentParser
import FoundationEssentials
import ProgressStore

/// `belajar setting [KEY [VALUE]]`: the device-wide settings an office sets, kept in the store.
struct SettingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setting",
        abstract: "Lihat atau ubah pengaturan perangkat / Show or change a device setting.")

    /// The device id names the device in every bundle, and the last learner is the app's own
    /// note: neither is the office's to set.
    static let settable: [Setting] = [.pinRequired, .yearlyTargetJP, .actorHomePage, .activityBase]

    @Argument(help: "learner.pinRequired | jp.yearlyTarget | xapi.actorHomePage | xapi.activityBase") var key: String?
    @Argument(help: "Nilai baru / New value (learner.pinRequired: yes | no).") var value: String?
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore { store in
            guard let key else {
                for setting in Self.settable { print("\(setting.rawValue) = \(try store.setting(setting))") }
                return
            }
            guard let setting = Self.settable.first(where: { $0.rawValue == key }) else {
                try options.fail(StoreMessage.settingUnknown.text(in: options.language, [
                    "key": key, "keys": Self.settable.map(\.rawValue).joined(separator: ", ")]))
            }
            guard let value else { return print("\(key) = \(try store.setting(setting))") }
            guard let normal = Self.normalized(value, for: setting) else {
                try options.fail(StoreMessage.settingValue.text(in: options.language, [
                    "key": key, "value": value, "expected": setting == .pinRequired ? "yes | no" : "> 0"]))
            }
            try store.set(setting, to: normal)
            print(StoreMessage.settingSet.text(in: options.language, ["key": key, "value": normal]))
        }
    }

    static func normalized(_ value: String, for setting: Setting) -> String? {
        switch setting {
        case .pinRequired:
            let word = value.lowercased()
            if ["yes", "ya", "true", "1"].contains(word) { return "yes" }
            if ["no", "tidak", "false", "0"].contains(word) { return "no" }
            return nil
        case .yearlyTargetJP:
            return Double(value).map { $0 > 0 } == true ? value : nil
        default:
            return value.isEmpty ? nil : value
        }
    }
}
