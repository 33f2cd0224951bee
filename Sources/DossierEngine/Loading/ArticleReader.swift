import Foundation

/// What reading one file gave: the articles it held, and what could not be read. A `.jsonl`
/// file with one bad line among good ones gives both.
public struct ReadOutcome: Sendable {
    public var documents: [SourceDocument]
    public var problems: [DossierError]

    public init(documents: [SourceDocument] = [], problems: [DossierError] = []) {
        self.documents = documents; self.problems = problems
    }
}

/// Reads article files of every supported format into `SourceDocument`s, refusing what is not
/// an article (binary data, invalid UTF-8, oversized or empty files) with a one-line reason.
public enum ArticleReader {
    /// Article files larger than this are refused rather than read into memory (a long news
    /// article is well under 1 MB).
    public static let defaultMaxFileSize = 16 * 1024 * 1024
    public static var maxFileSize: Int { defaultMaxFileSize }
    /// A .json or .jsonl file holds many articles, so it may be this many times larger.
    public static let collectionFactor = 16

    /// The size limit for a file with this extension.
    static func limit(_ ext: String, _ maxFileSize: Int) -> Int {
        ["json", "jsonl", "ndjson"].contains(ext) ? maxFileSize * collectionFactor : maxFileSize
    }
    public static let extensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "json", "jsonl", "ndjson"]
    static let formatsHint = "load .txt, .md, .html, .json or .jsonl files"

    /// Reads one file according to its extension; throws the first problem met.
    public static func read(path: String) throws -> [SourceDocument] {
        let outcome = readFile(path)
        if let first = outcome.problems.first { throw first }
        return outcome.documents
    }

    /// Reads one file according to its extension (unknown extensions are read as plain text).
    public static func readFile(_ path: String, maxFileSize: Int = defaultMaxFileSize) -> ReadOutcome {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return ReadOutcome(problems: [DossierError("cannot read '\(path)'", hint: "no such file")])
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            return ReadOutcome(problems: [DossierError("'\(path)' is a folder", hint: "load FOLDER reads every article below it")])
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return ReadOutcome(problems: [DossierError("'\(path)' is not a regular file",
                                                       hint: "to read a pipe or device, use 'load -' with standard input")])
        }
        let size = Int(info.st_size)
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if size > limit(ext, maxFileSize) {
            return ReadOutcome(problems: [tooLarge(path, size: size, limit: limit(ext, maxFileSize))])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return ReadOutcome(problems: [DossierError("cannot read '\(path)'", hint: "check its permissions")])
        }
        let url = URL(fileURLWithPath: path)
        return parseAll(bytes: [UInt8](data), ext: url.pathExtension.lowercased(),
                        stem: url.deletingPathExtension().lastPathComponent, origin: path, maxFileSize: maxFileSize)
    }

    /// Parses bytes in the format named by `ext` (`txt` when unknown); throws the first problem.
    public static func parse(bytes: [UInt8], ext: String, stem: String, origin: String) throws -> [SourceDocument] {
        let outcome = parseAll(bytes: bytes, ext: ext, stem: stem, origin: origin)
        if let first = outcome.problems.first { throw first }
        return outcome.documents
    }

    /// Parses bytes in the format named by `ext`, keeping the good articles of a file that
    /// also holds bad ones.
    public static func parseAll(bytes: [UInt8], ext: String, stem: String, origin: String,
                                maxFileSize: Int = defaultMaxFileSize) -> ReadOutcome {
        if bytes.count > limit(ext, maxFileSize) {
            return ReadOutcome(problems: [tooLarge(origin, size: bytes.count, limit: limit(ext, maxFileSize))])
        }
        let text: String
        do { text = try decodeText(bytes, name: origin) } catch let e as DossierError {
            return ReadOutcome(problems: [e])
        } catch { return ReadOutcome(problems: [DossierError("cannot read '\(origin)'")]) }
        if text.allSatisfy(\.isWhitespace) {
            return ReadOutcome(problems: [DossierError(bytes.isEmpty ? "'\(origin)' is empty" : "'\(origin)' holds only blank space",
                                                       hint: "an article needs some text")])
        }
        switch ext {
        case "md", "markdown":
            return checked(MarkdownReader.read(text, stem: stem, origin: origin), "has no text after its front matter")
        case "html", "htm", "xhtml":
            return checked(HTMLReader.read(text, stem: stem, origin: origin),
                           "has no article text once tags, scripts and navigation are removed")
        case "json":
            return JSONArticleReader.readJSON(text, stem: stem, origin: origin)
        case "jsonl", "ndjson":
            return JSONArticleReader.readLines(text, stem: stem, origin: origin)
        default:
            var doc = SourceDocument(stem: stem, text: text, origin: origin)
            doc.title = headline(text)
            return ReadOutcome(documents: [doc])
        }
    }

    /// A plain-text article's headline: a short first line standing alone above the body
    /// (followed by a blank line) and not ending like a sentence. The text keeps it.
    static func headline(_ text: String) -> String? {
        let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        guard lines.count == 3, lines[1].allSatisfy(\.isWhitespace) else { return nil }
        let first = lines[0].trimmingCharacters(in: .whitespacesAndNewlines)
        guard (3...160).contains(first.count), let last = first.last, !".:;,".contains(last) else { return nil }
        return first
    }

    private static func checked(_ doc: SourceDocument, _ reason: String) -> ReadOutcome {
        if doc.text.allSatisfy(\.isWhitespace) {
            return ReadOutcome(problems: [DossierError("'\(doc.origin)' \(reason)", hint: "an article needs some text")])
        }
        return ReadOutcome(documents: [doc])
    }

    static func tooLarge(_ name: String, size: Int, limit: Int) -> DossierError {
        DossierError("'\(name)' is too large (\(sizeText(size)); the limit is \(sizeText(limit)))",
                     hint: "split it into articles, or load a .jsonl file with one article per line")
    }

    static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1_048_576 { return "\(formatNumber(Double(bytes) / 1_048_576)) MB" }
        if bytes >= 1024 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }

    /// Decodes bytes as article text: UTF-8 (a BOM is kept as U+FEFF, so offsets match what
    /// other tools count when they read the same file) or UTF-16 with a BOM; refuses
    /// binary data with a reason and invalid UTF-8 with the offset of the first bad byte.
    public static func decodeText(_ bytes: [UInt8], name: String) throws -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if bytes.count % 2 == 0, let s = String(bytes: bytes.dropFirst(2), encoding: encoding) { return s }
        }
        let body = bytes[...]
        if let kind = binaryKind(body) {
            throw DossierError("'\(name)' is \(kind), not an article", hint: binaryHint(kind))
        }
        guard let s = String(validating: body, as: UTF8.self) else {
            let offset = firstInvalidUTF8(body)
            throw DossierError("'\(name)' is not valid UTF-8 (bad byte at offset \(offset))",
                               hint: "convert it first, e.g. iconv -f latin1 -t utf-8 FILE > FILE.txt")
        }
        return s
    }

    /// What binary data looks like, from its first bytes: nil for text.
    static func binaryKind(_ body: ArraySlice<UInt8>) -> String? {
        let head = body.prefix(8192)
        if head.starts(with: Array("%PDF-".utf8)) { return "a PDF file" }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (or a .docx/.odt document)" }
        if head.starts(with: [0x1F, 0x8B]) { return "a gzip-compressed file" }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) || head.starts(with: [0xFF, 0xD8, 0xFF])
            || head.starts(with: Array("GIF8".utf8)) { return "an image" }
        if head.contains(0) { return "a binary file" }
        var control = 0
        for b in head where (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F { control += 1 }
        return control * 20 > head.count ? "a binary file" : nil
    }

    static func binaryHint(_ kind: String) -> String {
        if kind.hasPrefix("a PDF") { return "extract its text first, e.g. pdftotext FILE.pdf FILE.txt" }
        if kind.hasPrefix("a ZIP") { return "unpack it, or save the document as plain text" }
        if kind.hasPrefix("a gzip") { return "decompress it first: gunzip FILE" }
        return formatsHint
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while case .scalarValue(let u) = decoder.decode(&it) { consumed += UTF8.width(u) }
        return consumed
    }
}

extension ArticleReader {
    /// One JSON Lines article record (`dossier analyze -`).
    public static func jsonLine(_ line: String, stem: String, location: String) throws -> SourceDocument {
        try JSONArticleReader.parseLine(line, stem: stem, origin: "-", where: location)
    }
}
