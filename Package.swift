// swift-tools-version:6.0
// The arrows of DESIGN.md's data flow are the only dependencies allowed between targets.
import PackageDescription

let package = Package(
    name: "belajar",
    platforms: [.macOS(.v15)],
    products: [.executable(name: "belajar", targets: ["belajar"])],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // 4.x reads FoundationEssentials where it can; 3.x imported Foundation (and so ICU).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
    ],
    targets: [
        // System libraries: Debian's libncurses-dev, libcmark-gfm(-extensions)-dev and libxml2-dev.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw",
                       providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // libxml2's HTML parser reads the `[html]` texts of Moodle's question banks.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // libyaml's parser (Debian's libyaml-dev) reads course.yaml: Yams, which vendors the same
        // parser, imported Foundation.
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),

        // Pure libraries, bottom up.
        // What FoundationEssentials lacks and the targets share (trimming, folding, paths, locks,
        // threads, standard streams): no shipped target imports Foundation, whose ICU is 34 MB.
        .target(name: "Basics"),
        .target(name: "Localization", dependencies: ["Basics"]),
        .systemLibrary(name: "CWidth"),
        // libxcrypt's yescrypt for learners' PINs: Debian's libcrypt-dev (libcrypt1 is essential).
        .systemLibrary(name: "CCrypt", providers: [.apt(["libcrypt-dev"])]),
        .target(name: "Canvas", dependencies: ["CWidth", "Basics"]),
        .target(name: "CourseKit", dependencies: ["Basics", "Domain", "Localization", "CYAML"]),
        .target(name: "Markdown", dependencies: ["Basics", "Canvas", "CCmarkGFM", "Localization"]),
        .target(name: "Quiz", dependencies: ["Basics", "CourseKit"]),
        // What the store and the app share: the NIP, the clock.
        .target(name: "Domain", dependencies: ["Basics", "Localization"]),
        // A question's texts in their GIFT format ([html], [moodle], [plain], [markdown]) as styled lines.
        .target(name: "QuizText", dependencies: ["Basics", "Canvas", "CourseKit", "Markdown", "Localization", "CLibXML2"]),
        .target(name: "XAPI", dependencies: ["Basics", "CourseKit", "Quiz"]),
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
            "Basics", "ProgressStore", "CourseKit", "XAPI", "Domain", "Localization", "CCurl", "Canvas", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "App", dependencies: [
            "Basics", "Canvas", "CourseKit", "Markdown", "Quiz", "QuizText", "Domain", "Localization",
        ]),
        .target(name: "CursesTerminal", dependencies: ["Basics", "Canvas", "CNcursesw"]),
        // Performs the app's effects on the store, the course files and the network, off the UI thread.
        .target(name: "Runtime", dependencies: [
            "Basics", "App", "CourseKit", "Quiz", "ProgressStore", "Sync", "CursesTerminal", "Domain", "Localization",
        ]),

        // The composition root.
        .executableTarget(name: "belajar", dependencies: [
            "Basics", "Canvas", "CourseKit", "Markdown", "Quiz", "QuizText", "Domain", "ProgressStore", "Sync", "App", "CursesTerminal",
            "Runtime", "Localization", .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
        .testTarget(name: "BasicsTests", dependencies: ["Basics", "Domain"]),
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
