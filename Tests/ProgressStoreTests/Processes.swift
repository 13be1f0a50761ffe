import Foundation

/// The executables built beside the test bundle by `swift build --build-tests`.
enum Built {
    static let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()

    static func executable(_ name: String) -> URL { folder.appendingPathComponent(name) }
}

struct Finished {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs a built executable to the end; the environment is the test's, plus `environment`.
func run(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Finished {
    let process = Process()
    process.executableURL = Built.executable(name)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Finished(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                    errors: String(decoding: errorData, as: UTF8.self))
}

func belajar(_ arguments: String...) throws -> Finished { try run("belajar", arguments) }
