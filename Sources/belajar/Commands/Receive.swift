import ArgumentParser
import FoundationEssentials
import Localization
import Sync

/// `belajar receive`: at the device, the office's packages: reviews, regrades, credit, courses.
struct ReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive", abstract: "Terima paket dari kantor / Receive packages from the office.")

    @Argument(help: "Berkas paket dari kantor, urut nomornya / Office package files, in their order.") var packages: [String]
    @Option(help: "Folder kursus tempat kursus baru dipasang / Courses folder new courses go into.") var courses: String?
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withSync { store in
            let folders = CourseFolders.resolve(flag: courses, environment: ProcessInfo.processInfo.environment)
            let results = try Receiver.receive(packages, store: store, coursesFolder: folders.office ?? folders.all[0],
                                               library: folders.all)
            for result in results {
                let hours = result.reviews.completions.reduce(0) { $0 + $1.hours }
                print(SyncMessage.receiveDone.text(in: options.language, [
                    "path": result.path, "sequence": "\(result.sequence)", "reviews": "\(result.reviews.recorded)",
                    "passed": "\(result.reviews.passed.count)", "completed": "\(result.reviews.completions.count)",
                    "hours": Readable.number(hours, options.language), "courses": "\(result.installed.count)",
                ]))
            }
        }
    }
}
