/// The evaluative valence of words (`word_polarity.txt`), keyed by folded word key so that a
/// token costs one hash and one probe. Read once per process, straight from the embedded
/// bytes: the list is long (about 7,000 lines) and the analyser's start-up must stay short.
struct WordPolarity: Sendable {
    struct Entry: Sendable {
        var valence: Float
        /// Right after a name the word names that actor's people or backing ("Trump
        /// supporters", "Clinton allies"): no judgement of the actor by the speaker.
        var ofName: Bool
        /// Before "for" and a name, the word serves that name ("fight for Ellison"): it stands
        /// with it, whatever its valence, as a cue's preposition gives its side.
        var forSide = false
    }

    let entries: KeyTable<Entry>

    static let shared = WordPolarity()

    init() {
        entries = KeyTable(Self.parse(PackageResources.word_polarity_txt)) { _, later in later }
    }

    /// `word ; valence [; of-name | for-side]` lines; `#` comments and blank lines skipped. Later lines
    /// override earlier ones (the project's corrections of the base list), hence the merge.
    static func parse(_ bytes: [UInt8]) -> [(UInt64, Entry)] {
        var out: [(UInt64, Entry)] = []
        out.reserveCapacity(7_200)
        var i = 0
        let n = bytes.count
        while i < n {
            var end = i
            while end < n, bytes[end] != 10 { end += 1 }
            defer { i = end + 1 }
            let line = bytes[i..<end]
            guard let first = line.first(where: { $0 != 32 }), first != 35 else { continue }   // blank or '#'
            let fields = line.split(separator: 59, omittingEmptySubsequences: false).map { trimmed($0) }  // ';'
            guard fields.count >= 2, !fields[0].isEmpty,
                  let v = Float(String(decoding: fields[1], as: UTF8.self)) else { continue }
            let ofName = fields.count > 2 && fields[2].elementsEqual("of-name".utf8)
            let forSide = fields.count > 2 && fields[2].elementsEqual("for-side".utf8)
            out.append((WordKey.of(String(decoding: fields[0], as: UTF8.self)), Entry(valence: v, ofName: ofName, forSide: forSide)))
        }
        return out
    }

    private static func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var a = s.startIndex, b = s.endIndex
        while a < b, s[a] == 32 || s[a] == 9 || s[a] == 13 { a += 1 }
        while b > a, s[b - 1] == 32 || s[b - 1] == 9 || s[b - 1] == 13 { b -= 1 }
        return s[a..<b]
    }

    @inline(__always) subscript(key: UInt64) -> Entry? { entries[key] }
}
