/// What goes in front of each line of a block: quote bars and list indents of its containers.
/// The first line may differ (it carries the list marker); once used, the rest apply.
struct Prefix {
    private(set) var first: [Run]
    private(set) var firstWidth: Int
    private(set) var rest: [Run]
    private(set) var restWidth: Int

    static let none = Prefix(first: [], firstWidth: 0, rest: [], restWidth: 0)

    /// This prefix followed by `first` on the first line and `rest` on the others.
    func adding(first marker: Run, rest indent: Run?) -> Prefix {
        Prefix(first: first + [marker], firstWidth: firstWidth + columns(marker.text),
               rest: indent.map { rest + [$0] } ?? rest,
               restWidth: restWidth + (indent.map { columns($0.text) } ?? 0))
    }

    mutating func consumeFirst() {
        first = rest
        firstWidth = restWidth
    }

    /// The rest prefix without trailing spaces, for blank lines inside a container.
    var blank: (runs: [Run], width: Int) {
        var runs = rest
        var width = restWidth
        while let last = runs.last {
            let trimmed = String(last.text.reversed().drop { $0 == " " }.reversed())
            width -= columns(last.text) - columns(trimmed)
            if trimmed.isEmpty {
                runs.removeLast()
            } else {
                runs[runs.count - 1].text = trimmed
                break
            }
        }
        return (runs, width)
    }
}
