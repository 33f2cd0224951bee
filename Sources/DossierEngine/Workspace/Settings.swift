/// Shell settings shown and changed with `set`.
public struct Settings: Sendable {
    /// Table at a terminal and in pipes alike: the user picks a machine format explicitly.
    public var format: OutputFormat = .table
    public var color: Bool = true
    /// Table width; nil means the terminal's.
    public var width: Int? = nil

    public init() {}

    public static let names = ["format", "color", "width"]

    /// What each setting does, for `set` and `help set`.
    public static let descriptions: [String: String] = [
        "format": "output format: table, json, jsonl, csv or markdown (--format overrides it for one command)",
        "color": "on or off: colour at a terminal (never in pipes, nor when NO_COLOR is set)",
        "width": "table width in columns, 40 to 1000, or auto for the terminal's width",
    ]

    /// The setting a typed name means (case-insensitive, `colour` for `color`), or nil.
    public static func canonicalName(_ typed: String) -> String? {
        let lower = typed.lowercased()
        if lower == "colour" { return "color" }
        return names.contains(lower) ? lower : nil
    }

    public func value(_ name: String) -> String? {
        switch Settings.canonicalName(name) ?? name {
        case "format": return format.rawValue
        case "color": return color ? "on" : "off"
        case "width": return width.map(String.init) ?? "auto"
        default: return nil
        }
    }

    public mutating func set(_ name: String, _ raw: String) throws {
        switch Settings.canonicalName(name) ?? name {
        case "format":
            guard let f = OutputFormat(rawValue: raw.lowercased()) else {
                throw DossierError("unknown format '\(raw)'",
                                   hint: "formats: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            format = f
        case "color":
            switch raw.lowercased() {
            case "on", "yes", "true", "1": color = true
            case "off", "no", "false", "0": color = false
            default: throw DossierError("color is on or off, not '\(raw)'", hint: "set color off")
            }
        case "width":
            if raw == "auto" { width = nil; return }
            guard let w = Int(raw), w >= 40, w <= 1000 else {
                throw DossierError("width is a number from 40 to 1000, or auto; not '\(raw)'", hint: "set width 120")
            }
            width = w
        default:
            let near = suggestions(for: name, among: Settings.names)
            throw DossierError("unknown setting '\(name)'",
                               hint: near.isEmpty ? "settings: \(Settings.names.joined(separator: ", "))"
                                   : "did you mean \(near.joined(separator: " or "))?")
        }
    }
}
