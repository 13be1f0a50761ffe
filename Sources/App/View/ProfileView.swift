import Canvas

extension Painter {
    mutating func drawProfileForm() {
        drawHeader(strings[.profileTitle])
        let form = state.form
        write(fitted(strings[.profileIntro], body.width, ellipsis: glyphs.ellipsis), x: body.x, y: body.y)
        let labels: [Phrase] = [.fieldNIP, .fieldName, .fieldAgency, .fieldUnit, .fieldPIN, .fieldPINAgain]
        // The longest label, a space, the pointer, a space: the pointer never touches a label.
        let labelWidth = labels.map { displayWidth(strings[$0]) }.max()! + 3
        // Two rows per field (the field, then its reason) while they fit; one row on small screens.
        let step = body.height >= 2 + labels.count * 2 ? 2 : 1
        for field in ProfileForm.Field.allCases {
            let y = body.y + 2 + field.rawValue * step
            let active = field == form.focus
            write(strings[labels[field.rawValue]], x: body.x, y: y, style: active ? styles.title : .plain)
            let x = body.x + labelWidth
            write(glyphs.pointer, x: x - 2, y: y, style: active ? styles.title : styles.muted)
            let text = form.fields[field.rawValue]
            let shown = [.pin, .pinAgain].contains(field) ? masked(text) : text
            drawField(shown, x: x, y: y, width: body.width - labelWidth, active: active)
            drawReason(field, x: x, y: step == 2 ? y + 1 : body.y + 2 + labels.count)
        }
    }

    /// Under a field: what is wrong with it, or (for a valid NIP) a note. With one row per field,
    /// only the focused field's reason is shown, on the row under the form.
    private mutating func drawReason(_ field: ProfileForm.Field, x: Int, y: Int) {
        let form = state.form
        let compact = y == body.y + 2 + ProfileForm.Field.allCases.count
        if compact && field != form.focus { return }
        let room = body.maxX - x
        if let problem = form.problem(field, strings) {
            write(fitted(problem, room, ellipsis: glyphs.ellipsis), x: x, y: y, style: styles.error)
        } else if field == .nip, let note = form.nipNote(strings) {
            write(fitted(note, room, ellipsis: glyphs.ellipsis), x: x, y: y, style: styles.good)
        } else if field == .pin, form.focus == .pin, form.text(.pin).isEmpty {
            let note = strings[form.pinRequired ? .pinRequired : .pinOptional]
            write(fitted(note, room, ellipsis: glyphs.ellipsis), x: x, y: y, style: styles.muted)
        }
    }

    /// A PIN is drawn as one mark per digit, with the cursor where it is.
    func masked(_ field: TextField) -> TextField {
        var shown = TextField(String(repeating: state.display.isUTF8 ? "•" : "*", count: field.characters.count))
        for _ in field.cursor..<field.characters.count { _ = shown.edit(.left) }
        return shown
    }

    mutating func drawPINPrompt() {
        guard let prompt = state.pinPrompt else { return }
        drawHeader(strings[.pinTitle], right: prompt.learner.name)
        let question: Phrase = prompt.mode == .enter ? .pinEnter : prompt.first == nil ? .pinCreate : .pinRepeat
        var y = body.y
        for line in wrapped(strings(question, prompt.learner.name), body.width) {
            write(line, x: body.x, y: y)
            y += 1
        }
        drawField(masked(prompt.field), x: body.x, y: y + 1, width: body.width, active: true)
    }

    mutating func drawPicker() {
        drawHeader(strings[.pickerTitle])
        let learners = state.learners
        drawList(count: learners.count + 1, selected: state.picker, in: body) { painter, index, y, selected in
            let style = selected ? painter.styles.selected : Style.plain
            guard index < learners.count else {
                painter.write(painter.strings[.pickerNew], x: painter.body.x, y: y, style: style)
                return
            }
            let learner = learners[index]
            let detail = [learner.nip, learner.agency].filter { !$0.isEmpty }.joined(separator: " \(painter.glyphs.separator) ")
            let text = "\(learner.name)  \(detail)"
            painter.write(fitted(text, painter.body.width, ellipsis: painter.glyphs.ellipsis), x: painter.body.x, y: y, style: style)
        }
    }
}
