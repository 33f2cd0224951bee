import CEditLine
import Foundation

/// Ctrl-R: incremental search back through the history, shown the way bash shows it,
/// `(reverse-i-search)'wid': set width 90`, on a line of its own under the line being edited.
///
/// Typing narrows the search, Ctrl-R again goes to an older match, Backspace widens it again;
/// Enter runs the match, Ctrl-G gives the line back as it was, and any other key
/// (arrows, Ctrl-A, Ctrl-E, Tab…) keeps the match for editing and then does its usual job.
/// Matching ignores case. libedit's own em-inc-search-prev does the same job but shows
/// `bck:` and, after Up/Down, cannot find lines newer than the one shown.
struct ReverseSearch {
    let entries: [String]       // most recent first
    let width: Int
    let output: FileOutput
    var pattern = ""
    /// Index in `entries` of the match shown; nil before anything is typed.
    var match: Int? = nil
    /// The last narrowing found nothing (the previous match stays shown).
    var failed = false

    init(entries: [String], width: Int, output: FileOutput) {
        self.entries = entries
        self.width = width
        self.output = output
    }

    /// Shows the newest entry at or after `from` that contains the pattern, if there is one.
    mutating func search(from: Int) {
        var i = from
        while i < entries.count {
            if entries[i].range(of: pattern, options: .caseInsensitive) != nil {
                match = i
                failed = false
                return
            }
            i += 1
        }
        failed = true
    }

    mutating func type(_ scalar: Unicode.Scalar) {
        pattern.unicodeScalars.append(scalar)
        search(from: match ?? 0)
    }

    mutating func older() {
        guard !pattern.isEmpty else { return }
        search(from: (match ?? -1) + 1)
    }

    mutating func backspace() {
        guard !pattern.isEmpty else { return }
        pattern.removeLast()
        match = nil
        failed = false
        if !pattern.isEmpty { search(from: 0) }
    }

    func draw() {
        var line = "\(failed ? "(failed reverse-i-search)" : "(reverse-i-search)")`\(pattern)': "
            + (match.map { entries[$0] } ?? "")
        if line.count >= width { line = String(line.prefix(max(1, width - 1))) }   // never wrap
        output.write("\r\u{1B}[K" + line)
        output.flush()
    }

    /// Runs the search on `el`; returns the libedit status for the key binding. Always
    /// CC_REDISPLAY after moving the cursor itself: libedit then redraws from the line start
    /// instead of trusting where it last left the cursor.
    static func run(_ el: OpaquePointer, entries: [String], width: Int, output: FileOutput) -> UInt8 {
        let original = currentLine(el)
        var s = ReverseSearch(entries: entries, width: width, output: output)
        output.write("\n")
        s.draw()
        func leave() { output.write("\r\u{1B}[K\u{1B}[A"); output.flush() }   // back to the edit line
        var chosen: String { s.match.map { entries[$0] } ?? original }
        while true {
            var key: wchar_t = 0
            guard el_wgetc(el, &key) == 1 else {
                // Ctrl-C, Ctrl-Z or the end of input: the shell decides what comes next, on
                // the fresh line the search was using.
                output.write("\r\u{1B}[K")
                output.flush()
                return UInt8(CC_EOF)
            }
            switch key {
            case 0x12:                                  // Ctrl-R: an older match
                s.older()
            case 0x7F, 0x08:                            // Backspace
                s.backspace()
            case 0x07:                                  // Ctrl-G: give the line back
                leave()
                replaceLine(el, with: original)
                return UInt8(CC_REDISPLAY)
            case 0x0D, 0x0A:                            // Enter: run the match
                // Through libedit's own newline key, which also ends the buffer properly.
                leave()
                replaceLine(el, with: chosen)
                var enter: [wchar_t] = [0x0A, 0]
                el_wpush(el, &enter)
                return UInt8(CC_REDISPLAY)
            case 0x20..<0x7F, 0xA0...:                  // printable: narrow the search
                if let scalar = Unicode.Scalar(UInt32(bitPattern: key)) { s.type(scalar) }
            default:                                    // keep the match, then let the key act
                leave()
                replaceLine(el, with: chosen)
                var pushed: [wchar_t] = [key, 0]
                el_wpush(el, &pushed)
                return UInt8(CC_REDISPLAY)
            }
            s.draw()
        }
    }

    static func currentLine(_ el: OpaquePointer) -> String {
        guard let li = el_line(el)?.pointee else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: li.buffer, count: li.lastchar - li.buffer), as: UTF8.self)
    }

    /// Replaces the whole edit buffer, cursor at the end.
    static func replaceLine(_ el: OpaquePointer, with text: String) {
        guard let li = el_wline(el)?.pointee else { return }
        let total = li.lastchar - li.buffer, cursor = li.cursor - li.buffer
        _ = el_cursor(el, Int32(total - cursor))
        if total > 0 { el_deletestr(el, Int32(total)) }
        if !text.isEmpty { _ = el_insertstr(el, text) }
    }
}
