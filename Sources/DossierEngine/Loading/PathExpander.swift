import Foundation

/// Turns what the user typed into files: a file, a folder (recursively, supported extensions
/// only, in name order), or a glob pattern (`*`, `?`, `[…]`, and `**` for any depth).
public enum PathExpander {
    public static func expand(_ typed: String) throws -> [String] {
        let path = (typed as NSString).expandingTildeInPath
        let fm = FileManager.default
        if path.contains(where: { "*?[".contains($0) }) {
            let matches = glob(path)
            if matches.isEmpty {
                throw DossierError("no files match '\(typed)'", hint: "check the pattern (* any name, ? one character, ** any folders)")
            }
            let files = matches.flatMap { m -> [String] in isDirectory(m) ? filesUnder(m) : [m] }
            if files.isEmpty {
                throw DossierError("no articles match '\(typed)' (only folders without articles)", hint: articleKinds)
            }
            return files
        }
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            throw DossierError("no such file or folder: '\(typed)'", hint: "Tab completes paths")
        }
        if isDir.boolValue {
            let files = filesUnder(path)
            if files.isEmpty {
                throw DossierError("no articles in folder '\(typed)'", hint: articleKinds)
            }
            return files
        }
        return [path]
    }

    static var articleKinds: String {
        "articles are files ending in \(ArticleReader.extensions.sorted().map { ".\($0)" }.joined(separator: " "))"
    }

    static func isDirectory(_ p: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: p, isDirectory: &d) && d.boolValue
    }

    /// Article files below a folder, skipping hidden entries, sorted by path.
    static func filesUnder(_ dir: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") { e.skipDescendants(); continue }
            let ext = (name as NSString).pathExtension.lowercased()
            if ArticleReader.extensions.contains(ext) {
                let full = (dir as NSString).appendingPathComponent(rel)
                if !isDirectory(full) { out.append(full) }
            }
        }
        return out.sorted()
    }

    /// Glob matching, component by component; `**` matches any number of folders.
    static func glob(_ pattern: String) -> [String] {
        let absolute = pattern.hasPrefix("/")
        let parts = pattern.split(separator: "/").map(String.init)
        var current: [String] = [absolute ? "/" : ""]
        for (n, part) in parts.enumerated() {
            let last = n == parts.count - 1
            var next: [String] = []
            for base in current {
                let dir = base.isEmpty ? "." : base
                if part == "**" {
                    next.append(base)
                    if let e = FileManager.default.enumerator(atPath: dir) {
                        while let rel = e.nextObject() as? String {
                            if (rel as NSString).lastPathComponent.hasPrefix(".") { e.skipDescendants(); continue }
                            let full = join(base, rel)
                            if isDirectory(full) { next.append(full) }
                        }
                    }
                } else if !part.contains(where: { "*?[".contains($0) }) {
                    let full = join(base, part)
                    if FileManager.default.fileExists(atPath: full) { next.append(full) }
                } else {
                    let entries = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
                    for e in entries.sorted() where (part.hasPrefix(".") || !e.hasPrefix(".")) && fnmatch(part, e) {
                        let full = join(base, e)
                        if last || isDirectory(full) { next.append(full) }
                    }
                }
            }
            current = next
        }
        var seen = Set<String>()
        return current.filter { !$0.isEmpty && seen.insert($0).inserted }.sorted()
    }

    static func join(_ base: String, _ part: String) -> String {
        base.isEmpty ? part : base.hasSuffix("/") ? base + part : base + "/" + part
    }

    static func fnmatch(_ pattern: String, _ name: String) -> Bool {
        Glibc.fnmatch(pattern, name, 0) == 0
    }
}
