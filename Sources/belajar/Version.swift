/// The one place belajar's version is written: `belajar --version` prints it, and
/// `scripts/package` names the package and checks CHANGELOG's first entry against it.
enum Version {
    static let current = "0.10.0"
}
