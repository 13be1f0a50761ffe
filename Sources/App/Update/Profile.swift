import Basics
import Canvas
import FoundationEssentials
import Domain

extension ProfileForm {
    public func text(_ field: Field) -> String { fields[field.rawValue].text }

    /// What is wrong with a field right now, in words; nil when it is fine. Checked as the
    /// learner types: the NIP as soon as something is typed, the name once saving was tried.
    public func problem(_ field: Field, _ strings: Strings, today: Date) -> String? {
        switch field {
        case .nip:
            guard !text(.nip).isEmpty || triedToSave else { return nil }
            do {
                _ = try NIP(validating: text(.nip), today: today)
                return nil
            } catch {
                return error.message(in: strings.language)
            }
        case .name:
            let blank = text(.name).trimmingSpaces.isEmpty
            return blank && triedToSave ? strings[.nameRequired] : nil
        case .agency, .unit:
            return nil
        case .pin:
            guard !text(.pin).isEmpty else { return pinRequired && triedToSave ? strings[.pinRequired] : nil }
            return Self.pinProblem(text(.pin), strings)
        case .pinAgain:
            return triedToSave && text(.pinAgain) != text(.pin) ? strings[.pinMismatch] : nil
        }
    }

    /// What is wrong with a PIN typed into the form or the PIN prompt.
    static func pinProblem(_ pin: String, _ strings: Strings) -> String? {
        do {
            _ = try PIN.validate(pin)
            return nil
        } catch .notDigits {
            return strings[.pinNotDigits]
        } catch {
            return strings(.pinLength, ["count": pin.count])
        }
    }

    /// The PIN to set: nil when skipped; the form only saves once it is valid and repeated.
    var pin: String? { text(.pin).isEmpty ? nil : text(.pin) }

    /// A valid NIP's note (an unusual age at appointment is flagged, not refused).
    public func nipNote(_ strings: Strings, today: Date) -> String? {
        guard let nip = try? NIP(validating: text(.nip), today: today) else { return nil }
        return nip.warnings().first?.message(in: strings.language) ?? NIPText.valid.text(in: strings.language)
    }

    func learner(today: Date) -> LearnerInfo? {
        guard let nip = try? NIP(validating: text(.nip), today: today) else { return nil }
        let name = text(.name).trimmingSpaces
        let pinFits = pin.map { (try? PIN.validate($0)) != nil } ?? !pinRequired
        guard !name.isEmpty, pinFits, text(.pinAgain) == text(.pin) else { return nil }
        return LearnerInfo(nip: nip.digits, name: name,
                           agency: text(.agency).trimmingSpaces,
                           unit: text(.unit).trimmingSpaces, hasPIN: pin != nil)
    }
}

func profileKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    let fieldCount = ProfileForm.Field.allCases.count
    switch Keymap.action(for: key, in: state) {
    case .nextField:
        state.form.focus = ProfileForm.Field(rawValue: (state.form.focus.rawValue + 1) % fieldCount)!
    case .up:
        state.form.focus = ProfileForm.Field(rawValue: (state.form.focus.rawValue + fieldCount - 1) % fieldCount)!
    case .confirm:
        return save(&state)
    case .back:
        return back(&state)
    default:
        _ = state.form.fields[state.form.focus.rawValue].edit(key)
    }
    return []
}

private func save(_ state: inout AppState) -> [Effect] {
    state.form.triedToSave = true
    let today = state.clock.now
    guard let learner = state.form.learner(today: today) else {
        state.form.focus = ProfileForm.Field.allCases.first { state.form.problem($0, state.strings, today: today) != nil } ?? .nip
        return []
    }
    return [.createLearner(learner, pin: state.form.pin, courses: state.courses)]
}

func pickerKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    let action = Keymap.action(for: key, in: state)
    let rows = state.learners.count + 1
    if moveSelection(&state.picker, count: rows, page: state.size.height - 4, by: action) {
        return []
    }
    switch action {
    case .open where state.picker < state.learners.count:
        return choose(state.learners[state.picker], &state)
    case .open, .newLearner:
        state.form = ProfileForm(pinRequired: state.pinRequired)
        push(.profileForm, &state)
    case .quit:
        return quit(&state)
    default: break
    }
    return []
}
