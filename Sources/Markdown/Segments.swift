/// UTF-8 bytes with the role each stretch of them has; adjacent stretches never share a role.
/// Lines are built in it (by `LineFiller`, and table rows) and become runs, one `String` each,
/// only when done.
struct Segments {
    private var bytes: [UInt8] = []
    private var starts: [(offset: Int, role: Role)] = []

    var byteCount: Int { bytes.count }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>, _ role: Role) {
        guard !text.isEmpty else { return }
        if starts.last?.role != role { starts.append((bytes.count, role)) }
        bytes.append(contentsOf: text)
    }

    mutating func append(_ text: String, _ role: Role) {
        var text = text
        text.withUTF8 { append($0, role) }
    }

    /// A space between two words of one role takes that role, so a link stays underlined.
    mutating func appendSpace(joining next: Role) {
        let role = starts.last?.role == next ? next : .plain
        if starts.last?.role != role { starts.append((bytes.count, role)) }
        bytes.append(0x20)
    }

    func runs() -> [Run] { runs(upTo: bytes.count) }

    /// The runs of the bytes before `end`.
    func runs(upTo end: Int) -> [Run] {
        var result: [Run] = []
        result.reserveCapacity(starts.count)
        for (index, start) in starts.enumerated() where start.offset < end {
            let stop = index + 1 < starts.count ? min(starts[index + 1].offset, end) : end
            result.append(Run(String(decoding: bytes[start.offset..<stop], as: UTF8.self), start.role))
        }
        return result
    }

    /// Drops the bytes before `offset`; what follows keeps its roles.
    mutating func removePrefix(upTo offset: Int) {
        guard offset > 0 else { return }
        let kept = starts.lastIndex { $0.offset <= offset } ?? 0
        starts.removeSubrange(0..<kept)
        for index in starts.indices { starts[index].offset = max(starts[index].offset - offset, 0) }
        bytes.removeSubrange(0..<offset)
        if bytes.isEmpty { starts.removeAll(keepingCapacity: true) }
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
    }
}
