import Foundation

/// Tab completion for a partly typed line, read from the command specs: command names, flags,
/// option values, article ids, actor names (quoted when they hold spaces) and file paths.
public struct Completion: Equatable, Sendable {
    /// Scalar offset in the line where the replaced word starts.
    public var start: Int
    /// Full replacement words, already quoted for the shell.
    public var candidates: [String]
    /// A single candidate ends the word (a space follows) unless it is a directory.
    public var isFinal: Bool

    public init(start: Int, candidates: [String], isFinal: Bool) {
        self.start = start; self.candidates = candidates; self.isFinal = isFinal
    }
}

extension Engine {
    /// Completions for `line` with the cursor at scalar offset `cursor`.
    public func complete(line: String, cursor: Int) -> Completion {
        let prefix = String(String.UnicodeScalarView(line.unicodeScalars.prefix(cursor)))
        let (commands, openQuote) = LineSplitter().scan(prefix)
        var words = commands.last ?? []
        let endsInSpace = openQuote == nil && (prefix.last.map { $0 == " " || $0 == "\t" || $0 == ";" } ?? true)
        if endsInSpace || words.isEmpty {
            words.append(LineSplitter.Word(text: "", start: cursor, end: cursor, quoted: false))
        }
        let current = words[words.count - 1]
        if words.count == 1 {
            let names = CommandRegistry.names.filter { $0.hasPrefix(current.text.lowercased()) }
            return Completion(start: current.start, candidates: names, isFinal: true)
        }
        guard let type = CommandRegistry.lookup(words[0].text) else {
            return Completion(start: current.start, candidates: [], isFinal: true)
        }
        let spec = type.spec
        let previous = Array(words.dropFirst().dropLast())
        // An option name.
        if current.text.hasPrefix("-") && !current.quoted {
            let names = spec.allOptions.map { "--\($0.long)" }.filter { $0.hasPrefix(current.text) }
            return Completion(start: current.start, candidates: names, isFinal: true)
        }
        // An option's value.
        if let last = previous.last, last.text.hasPrefix("--"),
           let opt = spec.option(named: String(last.text.dropFirst(2))), !opt.isFlag {
            return candidates(opt.completion, typed: current)
        }
        // A positional argument: count the positional words before this one.
        var positional: [LineSplitter.Word] = []
        var i = 0
        while i < previous.count {
            let w = previous[i]
            if w.text.hasPrefix("-") && !w.quoted && w.text != "-" {
                let name = String(w.text.drop(while: { $0 == "-" }))
                if let opt = spec.option(named: name) ?? name.first.flatMap({ spec.option(short: $0) }),
                   !opt.isFlag, !w.text.contains("=") { i += 1 }
            } else {
                positional.append(w)
            }
            i += 1
        }
        guard let (arg, restStart) = argument(for: positional, in: spec) else {
            return Completion(start: current.start, candidates: [], isFinal: true)
        }
        if arg.arity == .rest, let first = restStart {
            // A name typed without quotes: complete from its first word.
            let typed = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(first.start).prefix(cursor - first.start)))
            let word = LineSplitter.Word(text: typed, start: first.start, end: cursor, quoted: false)
            return candidates(arg.completion, typed: word)
        }
        return candidates(arg.completion, typed: current)
    }

    /// The argument a new positional word fills, and for `.rest` its first word already typed.
    private func argument(for positional: [LineSplitter.Word], in spec: CommandSpec) -> (ArgumentSpec, LineSplitter.Word?)? {
        var n = positional.count
        for (k, arg) in spec.arguments.enumerated() {
            switch arg.arity {
            case .one, .optional:
                if n == 0 { return (arg, nil) }
                n -= 1
            case .oneOrMore, .many:
                return (arg, nil)
            case .rest:
                return (arg, positional.count > k ? positional[k] : nil)
            }
        }
        return nil
    }

    func candidates(_ source: CompletionSource, typed word: LineSplitter.Word) -> Completion {
        let typed = word.text
        let lower = typed.lowercased()
        func matching(_ items: [String]) -> [String] {
            var seen = Set<String>()
            return items.filter { $0.lowercased().hasPrefix(lower) && seen.insert($0).inserted }.sorted()
        }
        switch source {
        case .none:
            return Completion(start: word.start, candidates: [], isFinal: true)
        case .commands:
            return Completion(start: word.start, candidates: matching(CommandRegistry.names), isFinal: true)
        case .values(let values):
            return Completion(start: word.start, candidates: matching(values), isFinal: true)
        case .settings:
            return Completion(start: word.start, candidates: matching(Settings.names), isFinal: true)
        case .articles:
            return Completion(start: word.start, candidates: matching(workspace.articles.map(\.id)), isFinal: true)
        case .actors:
            let names = completionNames(for: .actors)
            // Match the full name, or any word of it ("Gut" finds "Antonio Guterres").
            var out: [String] = []
            for name in names {
                let l = name.lowercased()
                if l.hasPrefix(lower) || l.split(separator: " ").contains(where: { $0.hasPrefix(lower) }) {
                    out.append(name)
                }
            }
            var seen = Set<String>()
            let unique = out.filter { seen.insert($0).inserted }.sorted()
            return Completion(start: word.start, candidates: unique.map(shellQuoted), isFinal: true)
        case .quotes, .topics, .sessions:
            return Completion(start: word.start, candidates: matching(completionNames(for: source)).map(shellQuoted),
                              isFinal: true)
        case .paths:
            return pathCompletion(typed: typed, start: word.start)
        }
    }

    func pathCompletion(typed: String, start: Int) -> Completion {
        let expanded = typed.hasPrefix("~/") ? NSHomeDirectory() + typed.dropFirst(1) : typed
        let dir: String, base: String
        if let slash = expanded.lastIndex(of: "/") {
            dir = String(expanded[...slash])
            base = String(expanded[expanded.index(after: slash)...])
        } else {
            dir = ""
            base = expanded
        }
        let fm = FileManager.default
        let entries = (try? fm.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir)) ?? []
        var out: [String] = []
        var lastIsDir = false
        for e in entries.sorted() where e.hasPrefix(base) && (base.hasPrefix(".") || !e.hasPrefix(".")) {
            var isDir: ObjCBool = false
            let full = dir + e
            _ = fm.fileExists(atPath: full, isDirectory: &isDir)
            let shown = (typed.hasPrefix("~/") ? "~/" + full.dropFirst(NSHomeDirectory().count + 1) : full)
            out.append(shellQuoted(String(shown)) + (isDir.boolValue ? "/" : ""))
            lastIsDir = isDir.boolValue
        }
        return Completion(start: start, candidates: out, isFinal: !(out.count == 1 && lastIsDir))
    }

    /// Names offered for actor/quote/topic/session completion. Later layers extend this.
    func completionNames(for source: CompletionSource) -> [String] {
        switch source {
        case .actors: return workspace.actorDirectory(for: workspace.scopedArticles).actors.map(\.name)
        case .quotes:
            return workspace.scopedArticles.flatMap { a in a.analysis.quotes.map { "\(a.id):\($0.id)" } }
        case .sessions:
            return sessionLocator.list().map(SessionLocator.name(ofPath:))
        case .topics:
            let scoped = workspace.scopedArticles
            let book = PositionBook(articles: scoped, directory: workspace.actorDirectory(for: scoped))
            return book.topics.map(\.id) + book.topics.map(\.name)
        default: return []
        }
    }
}
