import Basics
import Canvas
import FoundationEssentials

/// Everything a command prints goes through here: names, titles, paths and an LRS's words come
/// from outside and must never drive the terminal they are printed on.
enum Output {
    static func line(_ text: String) {
        print(Sanitizer.clean(text))
    }

    static func error(_ text: String) {
        StandardStreams.error(Sanitizer.clean(text) + "\n")
    }
}
