import Foundation
import Testing

/// `dossier analyze PATH… [--out FILE]` and `dossier analyze -`.
@Suite struct AnalyzeTests {
    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory()
        try dir.write("news/wire.txt", Fixtures.wire)
        try dir.write("news/more/harbour.txt", Fixtures.harbour)
    }

    static func objects(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                         "every line is one JSON object: \(line)")
        }
    }

    /// The text covered by `[start, end)` counted in Unicode scalars, as the format requires.
    static func slice(_ text: String, _ span: Any?) -> String? {
        guard let pair = span as? [Int], pair.count == 2 else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard 0 <= pair[0], pair[0] <= pair[1], pair[1] <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[pair[0]..<pair[1]]))
    }

    @Test func folderGivesOneObjectPerArticleWithFileStemIDs() throws {
        let r = try DossierBinary.run(["analyze", "news"], in: dir)
        #expect(r.status == 0)
        let objects = try Self.objects(r.stdout)
        #expect(Set(objects.compactMap { $0["id"] as? String }) == ["wire", "harbour"])
        for o in objects {
            #expect(o["actors"] is [Any] && o["quotes"] is [Any], "export format fields")
        }
        #expect(r.stderr.hasPrefix("Analysed 2 articles"), "a summary line on stderr")
        #expect(!r.stderr.hasEscapeCodes, "no progress bar when stderr is not a terminal")
    }

    @Test func outWritesTheFileAndNothingToStdout() throws {
        let r = try DossierBinary.run(["analyze", "news/wire.txt", "--out", "out.jsonl"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "")
        let written = try String(contentsOfFile: dir.path + "/out.jsonl", encoding: .utf8)
        #expect(try Self.objects(written).map { $0["id"] as? String } == ["wire"])
        #expect(r.stderr.contains("out.jsonl"))
    }

    @Test func missingPathFailsButOthersAreWritten() throws {
        let r = try DossierBinary.run(["analyze", "news/wire.txt", "nosuch.txt"], in: dir)
        #expect(r.status == 1)
        #expect(try Self.objects(r.stdout).map { $0["id"] as? String } == ["wire"])
        #expect(r.stderr.contains("nosuch.txt"))
    }

    @Test func spansAreCodePointOffsetsIntoTheText() throws {
        let r = try DossierBinary.run(["analyze", "news/wire.txt"], in: dir)
        #expect(r.status == 0)
        let article = try #require(try Self.objects(r.stdout).first)
        let text = Fixtures.wire
        let quotes = article["quotes"] as? [[String: Any]] ?? []
        let actors = article["actors"] as? [[String: Any]] ?? []
        // Every span, whatever the analyser found, must lie inside the text.
        for q in quotes {
            for s in q["content"] as? [Any] ?? [] { #expect(Self.slice(text, s) != nil, "quote span \(s) inside the text") }
        }
        for a in actors {
            for m in a["mentions"] as? [Any] ?? [] {
                let mention = try #require(Self.slice(text, m))
                #expect(mention.first?.isWhitespace == false && mention.last?.isWhitespace == false,
                        "mention \(m) covers a word, not '\(mention)'")
            }
        }
        // With non-ASCII text before it, a quote sliced by code points holds exactly its words;
        // byte or UTF-16 offsets would shift it.
        withKnownIssue("the quote detector is not merged yet: the analysis finds no quotes") {
            let contents = quotes.flatMap { q in (q["content"] as? [Any] ?? []).compactMap { Self.slice(text, $0) } }
            #expect(contents.contains { $0.contains(Fixtures.wireQuotePhrase) },
                    "a quote span holds \(Fixtures.wireQuotePhrase.debugDescription); spans found: \(contents)")
        } when: {
            !Fixtures.analyserFindsQuotes(in: text)
        }
    }

    @Test func streamGivesOneLineOutPerLineInInOrderWithErrorObjects() throws {
        let good1 = try String(data: JSONSerialization.data(withJSONObject: ["id": "first", "text": Fixtures.wire]), encoding: .utf8)!
        let good2 = try String(data: JSONSerialization.data(withJSONObject: ["text": Fixtures.harbour]), encoding: .utf8)!
        let input = [good1, "{this is not json", #"{"id": "notext", "title": "no text field"}"#, good2].joined(separator: "\n") + "\n"
        let r = try DossierBinary.run(["analyze", "-"], stdin: input, in: dir)
        #expect(r.status == 0, "bad records are answered with error objects, not a failed job")
        let objects = try Self.objects(r.stdout)
        try #require(objects.count == 4, "one line out per line in")
        #expect(objects[0]["id"] as? String == "first")
        #expect(objects[0]["error"] == nil && objects[0]["quotes"] is [Any])
        #expect(objects[1]["id"] as? String == "line-2")
        #expect((objects[1]["error"] as? String)?.isEmpty == false)
        #expect(objects[2]["id"] as? String == "notext", "an error object keeps the record's own id")
        #expect(objects[2]["error"] != nil)
        #expect(objects[3]["id"] as? String == "line-4", "a record without id is named by its line")
        #expect(objects[3]["quotes"] is [Any])
        #expect(r.stderr.contains("<stdin>:2:"))
    }

    @Test func streamAnswersEachLineBeforeTheInputEnds() throws {
        // A coprocess writes one line and waits for its answer: the stream must not wait for a
        // full batch or for the end of input.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: DossierBinary.path)
        p.arguments = ["analyze", "-"]
        p.environment = DossierBinary.environment(home: dir.path)
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        defer { try? input.fileHandleForWriting.close(); p.waitUntilExit() }
        for n in 1...3 {
            let line = try JSONSerialization.data(withJSONObject: ["id": "n\(n)", "text": "“Hello,” she said. Ünïcode \(n)."])
            input.fileHandleForWriting.write(line + Data("\n".utf8))
            let answer = try #require(readLine(from: output.fileHandleForReading.fileDescriptor, timeout: 10),
                                      "answer to line \(n) arrives while stdin is still open")
            let obj = try JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any]
            #expect(obj?["id"] as? String == "n\(n)")
        }
    }

    /// One line from `fd`, or nil when none arrives within `timeout` seconds.
    private func readLine(from fd: Int32, timeout: Double) -> String? {
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 100) > 0 else { continue }
            var b: UInt8 = 0
            guard read(fd, &b, 1) == 1 else { return nil }
            if b == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(b)
        }
        return nil
    }
}
