/// Serialises `Value`s as JSON with keys in record order, so scripts (jq) see a stable shape.
public enum JSONWriter {
    public static func write(_ value: Value, pretty: Bool = true) -> String {
        var out = ""
        write(value, into: &out, indent: pretty ? 0 : nil)
        return out
    }

    static func write(_ value: Value, into out: inout String, indent: Int?) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += formatNumber(d)
        case .string(let s): escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            // Short lists of plain values (spans, names) stay on one line when pretty-printing.
            if indent != nil, items.allSatisfy(\.isInline) {
                var line = "["
                for (n, item) in items.enumerated() {
                    if n > 0 { line += ", " }
                    write(item, into: &line, indent: nil)
                }
                line += "]"
                if line.count <= 100 { out += line; return }
            }
            out += "["
            for (n, item) in items.enumerated() {
                if n > 0 { out += "," }
                newline(&out, indent.map { $0 + 1 })
                write(item, into: &out, indent: indent.map { $0 + 1 })
            }
            newline(&out, indent)
            out += "]"
        case .object(let record):
            if record.fields.isEmpty { out += "{}"; return }
            out += "{"
            for (n, field) in record.fields.enumerated() {
                if n > 0 { out += "," }
                newline(&out, indent.map { $0 + 1 })
                escape(field.key, into: &out)
                out += indent == nil ? ":" : ": "
                write(field.value, into: &out, indent: indent.map { $0 + 1 })
            }
            newline(&out, indent)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ indent: Int?) {
        guard let indent else { return }
        out += "\n" + String(repeating: "  ", count: indent)
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}

private extension Value {
    /// Scalars, and lists of scalars (a span is `[start, end]`), may share a line.
    var isInline: Bool {
        switch self {
        case .object: return false
        case .array(let a): return a.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
        default: return true
        }
    }
}
