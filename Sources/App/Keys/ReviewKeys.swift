import Canvas

/// The mentor's screen's part of the key table. On an open essay the score and the comment are
/// typed into, so moving between essays takes Ctrl-N/Ctrl-P (as in many editors) and letters
/// are never commands there.
extension Keymap {
    static func reviewBindings(for context: KeyContext) -> [Binding] {
        switch context {
        case .reviewMentor:
            [Binding([.enter], .confirm, .keyContinue, footer: true),
             Binding([.tab, .down], .nextField, .keyNextField, footer: true),
             Binding([.backTab, .up], .up, .keyUp),
             Binding([.escape], .quit, .keyQuit, footer: true)]
        case .reviewEssay:
            [Binding([.enter], .save, .keySaveReview, footer: true),
             Binding([.tab, .backTab], .nextField, .keyNextField, footer: true),
             Binding([.control("n")], .nextEssay, .keyNextEssay, footer: true),
             Binding([.control("p")], .previousEssay, .keyPreviousEssay, footer: true),
             Binding([.down, .pageDown], .pageDown, .keyScrollDown),
             Binding([.up, .pageUp], .pageUp, .keyScrollUp),
             Binding([.escape], .back, .keyBack, footer: true)]
        default:
            list + [Binding([.enter], .open, .keyOpen, footer: true),
                    Binding([.character("r")], .reload, .keyReload, footer: true),
                    Binding([.character("q"), .escape], .quit, .keyQuit, footer: true)]
        }
    }
}

extension KeyContext {
    static func reviewContext(_ review: ReviewScreen?) -> KeyContext {
        guard let review else { return .reviewList }
        if review.mentorForm != nil { return .reviewMentor }
        return review.isOpen ? .reviewEssay : .reviewList
    }
}

extension ReviewScreen {
    /// Why `action` does nothing now on the mentor's screen.
    func reasonDisabled(_ action: Action) -> Phrase? {
        let count = essays?.count ?? 0
        switch action {
        case .open: return essays == nil ? .reviewLoading : count == 0 ? .reviewNone : nil
        case .save, .reload: return isSaving ? .reviewSaving : nil
        case .nextEssay: return selected + 1 >= count ? .reviewLast : nil
        case .previousEssay: return selected == 0 ? .reviewFirst : nil
        default: return nil
        }
    }
}
