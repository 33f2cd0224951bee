import Foundation

/// Splits a command line into commands (at unquoted `;`) and each command into words, the way
/// a POSIX shell would: single quotes keep everything, double quotes allow `\"` and `\\`, a
/// backslash outside quotes escapes the next character, and `#` at the start of a word begins
/// a comment.
public struct LineSplitter: Sendable {
    public struct Word: Hashable, Sendable {
        public var text: String
        /// Scalar offsets of the word in the line, quotes included.
        public var start: Int
        public var end: Int
        /// The word was (partly) quoted: `""` is an empty word, not nothing.
        public var quoted: Bool
    }

    public struct Unterminated: Error, Equatable, Sendable {
        public var quote: Character
    }

    public init() {}

    /// The commands of a line, each as its words. Empty commands (`;;`) are dropped.
    public func split(_ line: String) throws -> [[Word]] {
        let (commands, open) = scan(line)
        if let open { throw Unterminated(quote: open) }
        return commands.filter { !$0.isEmpty }
    }

    /// Like `split`, but tolerant of an unterminated quote (for Tab completion); also returns
    /// the quote still open at the end of the line, if any.
    public func scan(_ line: String) -> (commands: [[Word]], openQuote: Character?) {
        var commands: [[Word]] = [[]]
        var current = ""
        var inWord = false, quoted = false
        var wordStart = 0
        var quote: Character? = nil
        let chars = Array(line.unicodeScalars)
        var i = 0
        func finishWord(at end: Int) {
            if inWord { commands[commands.count - 1].append(Word(text: current, start: wordStart, end: end, quoted: quoted)) }
            current = ""; inWord = false; quoted = false
        }
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                if Character(c) == q {
                    quote = nil
                } else if q == "\"", c == "\\", i + 1 < chars.count, chars[i + 1] == "\"" || chars[i + 1] == "\\" {
                    i += 1
                    current.unicodeScalars.append(chars[i])
                } else {
                    current.unicodeScalars.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case " ", "\t", "\n", "\r":
                finishWord(at: i)
            case ";":
                finishWord(at: i)
                commands.append([])
            case "'", "\"":
                if !inWord { inWord = true; wordStart = i }
                quoted = true
                quote = Character(c)
            case "\\":
                if !inWord { inWord = true; wordStart = i }
                if i + 1 < chars.count { i += 1; current.unicodeScalars.append(chars[i]) }
            case "#" where !inWord:
                finishWord(at: i)
                i = chars.count
                continue
            default:
                if !inWord { inWord = true; wordStart = i }
                current.unicodeScalars.append(c)
            }
            i += 1
        }
        if quote != nil { quoted = true }
        finishWord(at: chars.count)
        return (commands, quote)
    }
}

/// Quotes a word for a command line when it needs it (a multi-word actor name, a path with spaces).
public func shellQuoted(_ word: String) -> String {
    let safe = word.unicodeScalars.allSatisfy { c in
        !(c == " " || c == "\t" || c == "'" || c == "\"" || c == "\\" || c == ";" || c == "#" || c == "$")
    }
    if safe && !word.isEmpty { return word }
    if !word.contains("\"") && !word.contains("\\") { return "\"\(word)\"" }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
