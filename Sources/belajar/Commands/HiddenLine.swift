import Basics
import FoundationEssentials
import Glibc

/// A line from standard input; on a terminal, asked for and not echoed (a PIN).
enum HiddenLine {
    static func read(prompt: String) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return readLine() }
        StandardStreams.error(prompt)
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            StandardStreams.error("\n")
        }
        return readLine()
    }
}
