import Foundation
import Testing

/// The built `dossier` executable, and a way to run it with arguments, standard input and
/// environment, collecting its output and exit status.
enum DossierBinary {
    /// `$DOSSIER_BINARY`, else `dossier` next to the test bundle (SwiftPM puts every product of
    /// a configuration in one folder), else `.build/debug/dossier` under the package root.
    static let path: String = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["DOSSIER_BINARY"], fm.isExecutableFile(atPath: env) { return env }
        var candidates: [String] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            // The bundle may be a folder (`X.xctest/...`) on some platforms: walk up to the products folder.
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("dossier").path)
                dir = dir.deletingLastPathComponent()
            }
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("dossier").path)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/dossier").path)
        for c in candidates where fm.isExecutableFile(atPath: c) && !c.hasSuffix(".xctest") { return c }
        return candidates.last!
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// An environment without the caller's colour, locale or history settings leaking in.
    static func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
        var env = ["HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "XDG_STATE_HOME": home + "/state"]
        for (k, v) in extra { env[k] = v }
        return env
    }

    /// Runs `dossier` with `arguments`; standard input comes from `stdin` (a file, so it is not
    /// a terminal), stdout and stderr are collected (files, so they are not terminals either).
    static func run(_ arguments: [String], stdin: String = "", in dir: TemporaryDirectory,
                    environment extra: [String: String] = [:]) throws -> Run {
        let id = UUID().uuidString
        let inPath = dir.path + "/.stdin-\(id)", outPath = dir.path + "/.stdout-\(id)", errPath = dir.path + "/.stderr-\(id)"
        try stdin.write(toFile: inPath, atomically: false, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { for p in [inPath, outPath, errPath] { try? FileManager.default.removeItem(atPath: p) } }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        p.environment = environment(home: dir.path, extra: extra)
        p.standardInput = FileHandle(forReadingAtPath: inPath)
        p.standardOutput = FileHandle(forWritingAtPath: outPath)
        p.standardError = FileHandle(forWritingAtPath: errPath)
        try p.run()
        p.waitUntilExit()
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Run(status: p.terminationStatus, stdout: out, stderr: err)
    }
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/dossier-cli-test-XXXXXX").utf8CString)
        guard let p = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        path = URL(fileURLWithPath: String(cString: p)).standardizedFileURL.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `contents` to `name` (folders created as needed) and returns the full path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try contents.write(toFile: full, atomically: true, encoding: .utf8)
        return full
    }
}

extension String {
    /// True when the text holds an ESC byte (colour or cursor codes).
    var hasEscapeCodes: Bool { unicodeScalars.contains("\u{1B}") }
}
