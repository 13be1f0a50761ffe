/// One result row, copied out of the statement: it stays valid after the statement moves on.
public struct Row: Sendable, Hashable {
    public let columns: [String]
    public let values: [DatabaseValue]

    public init(columns: [String], values: [DatabaseValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of the first column of that name (SQLite compares names without case).
    public func value(named name: String) -> DatabaseValue? {
        if let index = columns.firstIndex(of: name) { return values[index] }
        let lowered = name.lowercased()
        return columns.firstIndex { $0.lowercased() == lowered }.map { values[$0] }
    }

    /// nil for NULL or a value that does not convert.
    public subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value? {
        value(named: name).flatMap(Value.fromDatabaseValue)
    }

    /// A column the schema makes NOT NULL: anything else is a programming error, as an
    /// out-of-range array index is.
    public subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value {
        guard let value = value(named: name) else { preconditionFailure("no column \(name) in \(columns)") }
        guard let converted = Value.fromDatabaseValue(value) else {
            preconditionFailure("column \(name) holds \(value), not a \(Value.self)")
        }
        return converted
    }

    public subscript<Value: DatabaseValueConvertible>(_ index: Int) -> Value? {
        Value.fromDatabaseValue(values[index])
    }

    public subscript<Value: DatabaseValueConvertible>(_ index: Int) -> Value {
        guard let converted = Value.fromDatabaseValue(values[index]) else {
            preconditionFailure("column \(index) holds \(values[index]), not a \(Value.self)")
        }
        return converted
    }
}
