import Foundation

/// Where sessions live and how a typed NAME becomes a file: `./Sessions` when the working
/// directory has one, else `$XDG_DATA_HOME/dossier/sessions` (fallback
/// `~/.local/share/dossier/sessions`). A name with a path separator or `..` is refused unless
/// it is given as an explicit path (containing `/` and ending in `.dossier`, or starting with
/// `./`, `../`, `/` or `~/`).
public struct SessionLocator: Sendable {
    public static let fileExtension = "dossier"
    public var directory: String

    public init(directory: String) { self.directory = directory }

    /// The default sessions folder for this process.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                workingDirectory: String = FileManager.default.currentDirectoryPath) -> SessionLocator {
        let local = (workingDirectory as NSString).appendingPathComponent("Sessions")
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: local, isDirectory: &isDir), isDir.boolValue {
            return SessionLocator(directory: local)
        }
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return SessionLocator(directory: base + "/dossier/sessions")
    }

    /// True when the user typed a path rather than a session name.
    public static func isExplicitPath(_ typed: String) -> Bool {
        typed.hasPrefix("/") || typed.hasPrefix("./") || typed.hasPrefix("../") || typed.hasPrefix("~/")
            || (typed.contains("/") && typed.hasSuffix(".\(fileExtension)"))
    }

    /// The file for a typed name or path.
    public func path(for typed: String) throws -> String {
        let t = typed.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { throw DossierError("a session needs a name", hint: "e.g. save libya-talks") }
        if Self.isExplicitPath(t) {
            let expanded = (t as NSString).expandingTildeInPath
            return expanded.hasSuffix(".\(Self.fileExtension)") ? expanded : expanded + ".\(Self.fileExtension)"
        }
        try Self.validate(name: t)
        let name = t.hasSuffix(".\(Self.fileExtension)") ? String(t.dropLast(Self.fileExtension.count + 1)) : t
        return (directory as NSString).appendingPathComponent(name + ".\(Self.fileExtension)")
    }

    /// Session names are single file names: no separators, no `..`, no control characters.
    public static func validate(name: String) throws {
        if name.contains("/") || name.contains("\\") || name == "." || name.contains("..") || name.hasPrefix(".")
            || name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw DossierError("'\(name)' is not a session name",
                               hint: "names cannot hold '/', '\\' or '..'; give a path like ./\(name.replacingOccurrences(of: "/", with: "-")).dossier to save elsewhere")
        }
        if name.count > 200 { throw DossierError("session name too long", hint: "use at most 200 characters") }
    }

    /// The display name of a session file (its stem).
    public static func name(ofPath path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// Session files in the folder, sorted by name.
    public func list() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return entries.filter { $0.hasSuffix(".\(Self.fileExtension)") && !$0.hasPrefix(".") }.sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }
}
