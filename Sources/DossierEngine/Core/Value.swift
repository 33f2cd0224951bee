import Foundation

/// A structured value in a command result: what JSON, CSV and tables are rendered from.
public indirect enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([Value])
    case object(Record)

    /// Plain text for tables and CSV cells.
    public var plainText: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "yes" : "no"
        case .int(let i): return String(i)
        case .double(let d): return formatNumber(d)
        case .string(let s): return s
        case .array(let a): return a.map(\.plainText).joined(separator: ", ")
        case .object(let r): return r.fields.map { "\($0.key): \($0.value.plainText)" }.joined(separator: "; ")
        }
    }

    public var isNumber: Bool {
        switch self { case .int, .double: return true; default: return false }
    }
}

func formatNumber(_ d: Double) -> String {
    if d.isNaN || d.isInfinite { return "null" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
    var s = String(format: "%.4f", d)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByNilLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral s: String) { self = .string(s) }
    public init(integerLiteral i: Int) { self = .int(i) }
    public init(booleanLiteral b: Bool) { self = .bool(b) }
    public init(nilLiteral: ()) { self = .null }
    public init(floatLiteral d: Double) { self = .double(d) }
}

public extension Value {
    init(_ s: String?) { self = s.map { .string($0) } ?? .null }
    init(_ i: Int?) { self = i.map { .int($0) } ?? .null }
    init(_ strings: [String]) { self = .array(strings.map { .string($0) }) }
}

/// An ordered set of named fields: key order is kept in every output format.
public struct Record: Hashable, Sendable {
    public struct Field: Hashable, Sendable {
        public var key: String
        public var value: Value
    }
    public var fields: [Field]

    public init(_ pairs: KeyValuePairs<String, Value>) {
        fields = pairs.map { Field(key: $0.key, value: $0.value) }
    }

    public init(fields: [Field] = []) { self.fields = fields }

    public subscript(key: String) -> Value? {
        get { fields.first { $0.key == key }?.value }
        set {
            if let i = fields.firstIndex(where: { $0.key == key }) {
                if let v = newValue { fields[i].value = v } else { fields.remove(at: i) }
            } else if let v = newValue {
                fields.append(Field(key: key, value: v))
            }
        }
    }
}
