import Foundation

/// Writing an export to a path the user names. A regular file (or a new one) is replaced
/// atomically, so a failed write never leaves half a file; anything else (`/dev/null`,
/// `/dev/stdout`, a named pipe) is written in place: replacing it by renaming a temporary file
/// over it would turn a device into a plain file.
public enum OutputFile {
    public static func write(_ text: String, to path: String) throws {
        let data = Data(text.utf8)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let type = exists ? (try? FileManager.default.attributesOfItem(atPath: path)[.type]) as? FileAttributeType : nil
        if !exists || type == .typeRegular {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            return
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
    }
}
