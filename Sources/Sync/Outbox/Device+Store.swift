import Basics
import FoundationEssentials
import ProgressStore

extension DeviceIdentity {
    /// The identity of the device this store lives on: its key beside the store file, its id the
    /// one the store made when it was created.
    public static func of(_ store: ProgressStore) throws -> DeviceIdentity {
        let folder = Path.parent(store.path).nonEmpty ?? "."
        return try loadOrCreate(in: folder) { try store.setting(.deviceID) }
    }
}

extension ProgressStore {
    /// Every statement matching `filter`, in recording order, read a page at a time.
    func allStatements(_ filter: OutboxFilter) throws -> [OutboxStatement] {
        var found: [OutboxStatement] = []
        while true {
            let page = try statements(filter, after: found.last?.seq ?? 0, limit: 5_000)
            guard !page.isEmpty else { return found }
            found += page
        }
    }
}

extension BundledStatement {
    init(_ statement: OutboxStatement) {
        self.init(id: statement.id.uuidString.lowercased(), json: statement.json)
    }
}
