/// Shell settings shown and changed with `set`.
public struct Settings: Sendable {
    /// nil: table at a terminal and in pipes alike (the user picks a machine format explicitly).
    public var format: OutputFormat = .table
    public var color: Bool = true
    /// Table width; nil means the terminal's.
    public var width: Int? = nil

    public init() {}

    public static let names = ["format", "color", "width"]

    public func value(_ name: String) -> String? {
        switch name {
        case "format": return format.rawValue
        case "color": return color ? "on" : "off"
        case "width": return width.map(String.init) ?? "auto"
        default: return nil
        }
    }

    public mutating func set(_ name: String, _ raw: String) throws {
        switch name {
        case "format":
            guard let f = OutputFormat(rawValue: raw.lowercased()) else {
                throw DossierError("unknown format '\(raw)'",
                                   hint: "formats: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            format = f
        case "color", "colour":
            switch raw.lowercased() {
            case "on", "yes", "true", "1": color = true
            case "off", "no", "false", "0": color = false
            default: throw DossierError("color is on or off, not '\(raw)'")
            }
        case "width":
            if raw == "auto" { width = nil; return }
            guard let w = Int(raw), w >= 40, w <= 1000 else {
                throw DossierError("width is a number from 40 to 1000, or auto; not '\(raw)'")
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
