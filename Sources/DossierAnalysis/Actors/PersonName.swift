/// The parts of a person's name that merging needs: a key that ignores initials and middle
/// names ("Donald J. Trump" = "Donald Trump"), the surname and the first name.
struct PersonName {
    let words: [String]
    let suffix: String?

    static let suffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]

    init(_ name: String) {
        var ws = name.split(separator: " ").map { String($0) }
        var suffix: String?
        if let l = ws.last, Self.suffixes.contains(l.lowercased()), ws.count > 1 { suffix = l.lowercased(); ws.removeLast() }
        // Initials carry no identity: "Donald J. Trump".
        let kept = ws.enumerated().filter { i, w in i == 0 || i == ws.count - 1 || !(w.count <= 2 && w.hasSuffix(".")) }.map(\.1)
        words = kept
        self.suffix = suffix
    }

    var isFull: Bool { words.count >= 2 }
    var surname: String { (words.last ?? "").lowercased() }
    var first: String { (words.first ?? "").lowercased() }

    /// First and last name (and suffix), lower case.
    var key: String {
        let base = words.count >= 2 ? words[0] + " " + words[words.count - 1] : (words.first ?? "")
        return (base + (suffix.map { " " + $0 } ?? "")).lowercased()
    }
}
