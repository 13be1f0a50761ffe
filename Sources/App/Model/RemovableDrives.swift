/// The USB sticks and other removable drives mounted now, from the mount table: what udisks and
/// desktop file managers mount under `/media/USER/LABEL` or `/run/media/USER/LABEL`. The export
/// prompt offers them, so a learner need not know where the stick went.
public enum RemovableDrives {
    /// `mounts` is the text of `/proc/self/mounts` (one `device mountpoint type options 0 0`
    /// a line, spaces in names written `\040`).
    public static func paths(inMounts mounts: String) -> [String] {
        mounts.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count >= 2 else { return nil }
            let path = unescaped(String(fields[1]))
            let parts = path.split(separator: "/", omittingEmptySubsequences: true)
            let removable = (parts.count == 3 && parts[0] == "media") || (parts.count == 4 && parts[0] == "run" && parts[1] == "media")
            return removable ? path : nil
        }
    }

    /// The kernel writes space, tab, newline and backslash in octal (`\040`).
    private static func unescaped(_ field: String) -> String {
        var result = ""
        var scalars = Array(field.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\\", scalars.count >= 3, let code = UInt8(String(String.UnicodeScalarView(scalars.prefix(3))), radix: 8) {
                result.unicodeScalars.append(Unicode.Scalar(code))
                scalars = scalars.dropFirst(3)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
