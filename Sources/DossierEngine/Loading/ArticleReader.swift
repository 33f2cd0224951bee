import Foundation

/// Reads article files of every supported format into `SourceDocument`s, refusing what is not
/// text (binary data, invalid UTF-8, oversized files) with a one-line reason.
public enum ArticleReader {
    /// Files larger than this are refused rather than read into memory.
    public static let maxFileSize = 64 * 1024 * 1024
    public static let extensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "json", "jsonl", "ndjson"]

    /// Decodes bytes as article text: UTF-8 (a BOM is dropped), never binary.
    public static func decodeText(_ bytes: [UInt8], name: String) throws -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.prefix(8192).contains(0) {
            throw DossierError("'\(name)' is a binary file, not an article", hint: "load .txt, .md, .html, .json or .jsonl files")
        }
        guard let s = String(validating: body, as: UTF8.self) else {
            let offset = firstInvalidUTF8(body)
            throw DossierError("'\(name)' is not valid UTF-8 (bad byte at offset \(offset))",
                               hint: "convert it first, e.g. iconv -f latin1 -t utf-8")
        }
        return s
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let u):
                consumed += UTF8.width(u)
                offset = consumed
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        return offset
    }

    /// Reads one file according to its extension. A `.json`/`.jsonl` file may hold many articles.
    public static func read(path: String) throws -> [SourceDocument] {
        let url = URL(fileURLWithPath: path)
        let attrs = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attrs?[.size] as? Int, size > maxFileSize {
            throw DossierError("'\(path)' is too large (\(size / 1_048_576) MB)",
                               hint: "split it; articles up to \(maxFileSize / 1_048_576) MB are read")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DossierError("cannot read '\(path)'",
                               hint: FileManager.default.fileExists(atPath: path) ? "check its permissions" : "no such file")
        }
        let ext = url.pathExtension.lowercased()
        let stem = url.deletingPathExtension().lastPathComponent
        return try parse(bytes: [UInt8](data), ext: ext, stem: stem, origin: path)
    }

    /// Parses bytes in the format named by `ext` (`txt` when unknown).
    public static func parse(bytes: [UInt8], ext: String, stem: String, origin: String) throws -> [SourceDocument] {
        let text = try decodeText(bytes, name: origin)
        switch ext {
        case "md", "markdown":
            return [MarkdownReader.read(text, stem: stem, origin: origin)]
        case "html", "htm":
            return [HTMLReader.read(text, stem: stem, origin: origin)]
        case "json":
            return try JSONArticleReader.readJSON(text, stem: stem, origin: origin)
        case "jsonl", "ndjson":
            return try JSONArticleReader.readLines(text, stem: stem, origin: origin)
        default:
            return [SourceDocument(stem: stem, text: text, origin: origin)]
        }
    }
}

extension ArticleReader {
    /// One JSON Lines article record (`dossier analyze -`).
    public static func jsonLine(_ line: String, stem: String, location: String) throws -> SourceDocument {
        try JSONArticleReader.parseLine(line, stem: stem, origin: "-", where: location)
    }
}
