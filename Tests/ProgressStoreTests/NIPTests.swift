import Foundation
import Localization
import Testing
@testable import ProgressStore

@Suite struct NIPTests {
    let today = ISO8601DateFormatter().date(from: "2026-06-01T00:00:00Z")!

    func problem(_ input: String) -> NIP.Problem? {
        do {
            _ = try NIP(validating: input, today: today)
            return nil
        } catch {
            return error
        }
    }

    @Test func acceptsTheUsualWritingsOfOneNumber() throws {
        for written in ["198609262015051001", "19860926 201505 1 001", "19860926.201505.1.001", "19860926-201505-1-001"] {
            let nip = try NIP(validating: written, today: today)
            #expect(nip.digits == "198609262015051001")
            #expect(nip.grouped == "19860926 201505 1 001")
        }
    }

    @Test func readsTheParts() throws {
        let nip = try NIP(validating: "19860926 201505 2 001", today: today)
        #expect(nip.birthDate == DateComponents(year: 1986, month: 9, day: 26))
        #expect(nip.serviceYear == 2015)
        #expect(nip.serviceMonth == 5)
        #expect(nip.isWoman)
        #expect(!nip.isPPPK)
        #expect(nip.warnings().isEmpty)
    }

    @Test(arguments: [
        ("", NIP.Problem.empty),
        ("   ", .empty),
        ("19860926 201505 1 00l", .notDigits(character: "l")),
        ("19860926/201505/1/001", .notDigits(character: "/")),
        ("19860926 201505 1 01", .wrongLength(count: 17)),
        ("19860926 201505 1 0011", .wrongLength(count: 19)),
        ("19860231 201505 1 001", .birthDate),
        ("19861326 201505 1 001", .birthDate),
        ("18990101 201505 1 001", .birthDate),
        ("20230229 204505 1 001", .birthDate),
        ("20300101 205001 1 001", .birthInFuture),
        ("19860926 201500 1 001", .serviceMonth),
        ("19860926 201513 1 001", .serviceMonth),
        ("19860926 201530 1 001", .serviceMonth),
        ("19860926 198609 1 001", .serviceBeforeBirth),
        ("19860926 198001 1 001", .serviceBeforeBirth),
        ("19860926 201505 3 001", .sex),
        ("19860926 201505 0 001", .sex),
        ("19860926 201505 1 000", .sequence),
    ])
    func refuses(_ input: String, _ expected: NIP.Problem) {
        #expect(problem(input) == expected)
    }

    @Test func acceptsALeapDay() {
        #expect(problem("19880229 201001 1 001") == nil)
    }

    @Test func acceptsPPPKNumbers() throws {
        let nip = try NIP(validating: "19850101 202121 1 001", today: today)
        #expect(nip.isPPPK)
        #expect(nip.serviceMonth == nil)
        #expect(problem("19850101 198421 1 001") == .serviceBeforeBirth)
    }

    @Test func flagsButKeepsAnImplausibleAgeAtAppointment() throws {
        let young = try NIP(validating: "20000101 201201 1 001", today: today)
        #expect(young.warnings() == [.implausibleAgeAtAppointment(years: 12)])
        let old = try NIP(validating: "19500601 201505 1 001", today: today)
        #expect(old.warnings() == [.implausibleAgeAtAppointment(years: 64)])
        let justEighteen = try NIP(validating: "19970501 201505 1 001", today: today)
        #expect(justEighteen.warnings().isEmpty)
    }

    @Test func everyProblemSpeaksBothLanguages() {
        let problems: [NIP.Problem] = [.empty, .notDigits(character: "x"), .wrongLength(count: 5), .birthDate,
                                       .birthInFuture, .serviceMonth, .serviceBeforeBirth, .sex, .sequence]
        for problem in problems {
            let indonesian = problem.message(in: .indonesian)
            let english = problem.message(in: .english)
            #expect(indonesian != english)
            #expect(!indonesian.contains("{") && !english.contains("{"))
        }
        #expect(NIP.Problem.wrongLength(count: 5).message(in: .english).contains("5"))
        #expect(NIP.Warning.implausibleAgeAtAppointment(years: 12).message(in: .indonesian).contains("12 tahun"))
    }

    @Test func decodesOnlyValidNumbers() throws {
        let decoded = try JSONDecoder().decode([NIP].self, from: Data(#"["198609262015051001"]"#.utf8))
        #expect(decoded.first?.digits == "198609262015051001")
        #expect(throws: NIP.Problem.self) {
            try JSONDecoder().decode([NIP].self, from: Data(#"["198609262015051000"]"#.utf8))
        }
    }
}
