import Foundation

/// The evaluative valence of words (`word_polarity.txt`), keyed by folded word key so that a
/// token costs one hash and one probe. Read once per process.
struct WordPolarity: Sendable {
    struct Entry: Sendable {
        var valence: Float
        /// Right after a name the word names that actor's people or backing ("Trump
        /// supporters", "Clinton allies"): no judgement of the actor by the speaker.
        var ofName: Bool
    }

    let entries: KeyTable<Entry>

    static let shared = WordPolarity()

    init() {
        var pairs: [(UInt64, Entry)] = []
        for line in Lexicon(bytes: PackageResources.word_polarity_txt).entries {
            let parts = line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2, let v = Float(parts[1]) else { continue }
            pairs.append((WordKey.of(parts[0]), Entry(valence: v, ofName: parts.count > 2 && parts[2] == "of-name")))
        }
        // Later lines override earlier ones: the project's corrections of the base list.
        entries = KeyTable(pairs) { _, later in later }
    }

    @inline(__always) subscript(key: UInt64) -> Entry? { entries[key] }
}
