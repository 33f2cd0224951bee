import Foundation

/// Reads a script file as lines, with a one-line reason when it cannot.
enum ScriptFile {
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    static func lines(_ path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if isFolder.boolValue { throw Unreadable(description: "script '\(path)' is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(description: "cannot read script '\(path)': \(exists ? "permission denied" : "no such file")")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Unreadable(description: "script '\(path)' is not UTF-8 text")
        }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
