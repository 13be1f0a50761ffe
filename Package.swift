// swift-tools-version:6.0
// The arrows of DESIGN.md's data flow are the only dependencies allowed between targets.
import PackageDescription

let package = Package(
    name: "belajar",
    platforms: [.macOS(.v15)],
    products: [.executable(name: "belajar", targets: ["belajar"])],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // System libraries: Debian's libncurses-dev, libcmark-gfm(-extensions)-dev and libxml2-dev.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw",
                       providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // libxml2's HTML parser reads the `[html]` texts of Moodle's question banks.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // Pure libraries, bottom up.
        .target(name: "Localization"),
        .systemLibrary(name: "CWidth"),
        // libxcrypt's yescrypt for learners' PINs: Debian's libcrypt-dev (libcrypt1 is essential).
        .systemLibrary(name: "CCrypt", providers: [.apt(["libcrypt-dev"])]),
        .target(name: "Canvas", dependencies: ["CWidth"]),
        .target(name: "CourseKit", dependencies: ["Domain", "Localization", .product(name: "Yams", package: "Yams")]),
        .target(name: "Markdown", dependencies: ["Canvas", "CCmarkGFM", "Localization"]),
        .target(name: "Quiz", dependencies: ["CourseKit"]),
        // What the store and the app share: the NIP, the clock.
        .target(name: "Domain", dependencies: ["Localization"]),
        // A question's texts in their GIFT format ([html], [moodle], [plain], [markdown]) as styled lines.
        .target(name: "QuizText", dependencies: ["Canvas", "CourseKit", "Markdown", "Localization", "CLibXML2"]),
        .target(name: "XAPI", dependencies: ["CourseKit", "Quiz"]),
        // Debian's libsqlite3 (libsqlite3-dev), through a small layer of our own instead of GRDB:
        // GRDB imports Foundation, whose ICU data alone is 34 MB of the binary (issue 14).
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        .target(name: "ProgressStore", dependencies: [
            "CourseKit", "Quiz", "XAPI", "Domain", "Localization", "Canvas", "CCrypt", "SQLite",
        ]),
        // libcurl, loaded with dlopen by a push only: no curl headers or link, no start-up cost.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "Sync", dependencies: [
            "ProgressStore", "CourseKit", "XAPI", "Domain", "Localization", "CCurl", "Canvas", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "App", dependencies: [
            "Canvas", "CourseKit", "Markdown", "Quiz", "QuizText", "Domain", "Localization",
        ]),
        .target(name: "CursesTerminal", dependencies: ["Canvas", "CNcursesw"]),
        // Performs the app's effects on the store, the course files and the network, off the UI thread.
        .target(name: "Runtime", dependencies: [
            "App", "CourseKit", "Quiz", "ProgressStore", "Sync", "CursesTerminal", "Domain", "Localization",
        ]),

        // The composition root.
        .executableTarget(name: "belajar", dependencies: [
            "Canvas", "CourseKit", "Markdown", "Quiz", "QuizText", "ProgressStore", "Sync", "App", "CursesTerminal", "Runtime",
            "Localization", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // What every test suite shares: snapshots, running a process, finding a built program.
        .target(name: "TestSupport", path: "Tests/TestSupport"),

        .testTarget(name: "AppTests", dependencies: ["App", "Canvas", "CourseKit", "Markdown", "Quiz", "Domain", "Localization", "TestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "CatalogueTests", dependencies: [
            "App", "CourseKit", "Domain", "Localization", "Markdown", "ProgressStore", "QuizText", "Sync",
        ]),
        .testTarget(name: "RuntimeTests", dependencies: [
            "Runtime", "App", "CourseKit", "Quiz", "ProgressStore", "Sync", "Domain", "Localization", "Markdown", "TestSupport",
        ]),
        // Depends on the executable so that `swift test` alone builds the binary it drives.
        .testTarget(name: "EndToEndTests", dependencies: ["CourseKit", "Quiz", "ProgressStore", "TestSupport", "belajar"]),
        .testTarget(name: "CanvasTests", dependencies: ["Canvas"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "Canvas"]),
        .testTarget(name: "CourseKitTests", dependencies: ["CourseKit", "Localization"], exclude: ["Fixtures"]),
        .testTarget(name: "QuizTests", dependencies: ["Quiz", "CourseKit"]),
        .testTarget(name: "QuizTextTests", dependencies: ["QuizText", "CourseKit", "Markdown", "Canvas"]),
        // Run by ProgressStoreTests: a learner recording attempts until killed.
        .executableTarget(name: "store-stress", dependencies: ["ProgressStore", "CourseKit", "Quiz"],
                          path: "Tests/StoreStress"),
        // `bench/run store`: recording and dashboard figures.
        .executableTarget(name: "store-bench", dependencies: [
            "ProgressStore", "CourseKit", "Quiz", "SQLite",
        ], path: "bench/StoreBench"),
        .testTarget(name: "ProgressStoreTests", dependencies: [
            "ProgressStore", "Quiz", "XAPI", "CourseKit", "Localization", "store-stress", "belajar", "TestSupport", "SQLite",
        ], exclude: ["Fixtures"]),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Canvas", "Localization", "TestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "SyncTests", dependencies: [
            "Sync", "Canvas", "ProgressStore", "XAPI", "CourseKit", "Quiz", "belajar", "TestSupport", "Localization", "SQLite",
        ], exclude: ["Support/portal.py"]),
    ]
)
