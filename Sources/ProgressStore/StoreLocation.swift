/// Where the store file lives. One store serves every learner on the device.
public struct StoreLocation: Sendable, Equatable {
    public var path: String
    /// A folder the user named explicitly must already exist (a typo should not scatter stores);
    /// the default folders are created on first use.
    public var createsFolder: Bool

    public static let fileName = "progress.sqlite"

    /// `--store PATH`, else `$BELAJAR_HOME/progress.sqlite`, else `$XDG_DATA_HOME/belajar/`,
    /// else `~/.local/share/belajar/`. A `--store` naming an existing folder gets the file inside it.
    public static func resolve(flag: String?, environment: [String: String]) -> StoreLocation {
        if let flag, !flag.isEmpty {
            let path = StorePath.isFolder(flag) ? StorePath.join(flag, fileName) : flag
            return StoreLocation(path: path, createsFolder: false)
        }
        let folder: String
        if let home = nonEmpty(environment["BELAJAR_HOME"]) {
            folder = home
        } else if let data = nonEmpty(environment["XDG_DATA_HOME"]) {
            folder = StorePath.join(data, "belajar")
        } else {
            let home = nonEmpty(environment["HOME"]) ?? StorePath.accountHome
            folder = StorePath.join(home, ".local/share/belajar")
        }
        return StoreLocation(path: StorePath.join(folder, fileName), createsFolder: true)
    }

    public init(path: String, createsFolder: Bool) {
        self.path = path
        self.createsFolder = createsFolder
    }

    var folder: String { StorePath.folder(of: path) }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
