import Foundation

/// RFC 4180 CSV of a record set's columns (header row first).
enum CSVRenderer {
    static func render(_ set: RecordSet) -> String {
        var out = set.columns.map { field($0.key) }.joined(separator: ",") + "\r\n"
        for r in set.records {
            out += set.columns.map { field(r[$0.key]?.plainText ?? "") }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
}
