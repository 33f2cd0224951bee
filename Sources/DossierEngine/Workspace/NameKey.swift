import Foundation

/// A name folded for comparison: case, accents, dots, hyphens, a possessive `'s` and a leading
/// honorific or article do not count, so "Dr. José Ramos-Horta's" and "jose ramos horta" meet.
struct NameKey: Hashable, Sendable {
    let words: [String]

    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
                                          "lord", "lady", "rev", "the"]

    init(_ name: String) {
        // Folding is slow and ASCII names (most of them) need only lower-casing.
        let ascii = name.utf8.allSatisfy { $0 < 0x80 }
        var folded = ascii ? name.lowercased()
            : name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        if folded.hasSuffix("'s") || folded.hasSuffix("’s") { folded.removeLast(2) }   // "Ferreira's"
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for u in folded.unicodeScalars {
            if u.properties.isAlphabetic || u.properties.numericType != nil || u == "&" {
                current.append(u)
            } else if u == "'" || u == "’" || u == "." || u.properties.generalCategory == .nonspacingMark {
                continue   // O'Brien = OBrien, U.N. = UN
            } else if !current.isEmpty {
                words.append(String(current)); current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        while words.count > 1, let first = words.first, NameKey.honorifics.contains(first) { words.removeFirst() }
        self.words = words
    }

    /// Pronouns are mentions, not names: never shown as aliases.
    static let pronouns: Set<String> = ["i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she",
                                        "her", "hers", "it", "its", "they", "them", "their", "theirs"]

    var text: String { words.joined(separator: " ") }

    /// `other`'s words appear in this key, consecutively ("minister" in "environment minister").
    func contains(words other: NameKey) -> Bool {
        guard !other.isEmpty, other.words.count <= words.count else { return false }
        for start in 0...(words.count - other.words.count) where Array(words[start..<(start + other.words.count)]) == other.words {
            return true
        }
        return false
    }
    var isEmpty: Bool { words.isEmpty }
    var last: String? { words.last }

    /// The typed key starts this name, or starts one of its words ("gut" → "antonio guterres").
    func isPrefixed(by typed: NameKey) -> Bool {
        guard !typed.isEmpty else { return false }
        if text.hasPrefix(typed.text) { return true }
        guard typed.words.count <= words.count else { return false }
        // Consecutive words, each started by the typed word in turn ("k haft" → "khalifa haftar").
        for start in 0...(words.count - typed.words.count) {
            var ok = true
            for (k, w) in typed.words.enumerated() where !words[start + k].hasPrefix(w) { ok = false; break }
            if ok { return true }
        }
        return false
    }
}

extension String {
    /// Looks like a proper name (not a description such as "the minister" or a pronoun): its
    /// first significant word starts with a capital letter or a digit.
    var looksLikeProperName: Bool {
        let words = split(whereSeparator: { $0 == " " })
        guard let first = words.first(where: { !["the", "The"].contains($0) }) ?? words.first,
              let c = first.first else { return false }
        return c.isUppercase || c.isNumber
    }
}
