/// Word shapes the phrase reader tests without the lexicons: a count written in digits, an
/// unknown word in -ing.
extension PhraseReader {
    /// The value of a number written in digits ("200", "1,500"), when it is a whole number.
    static func count(_ t: String) -> Int? {
        let digits = t.filter { $0 != "," }
        guard !digits.isEmpty, digits.count <= 7, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
              let n = Int(digits) else { return nil }
        // "a 2008 Clinton veteran": a year, not a size.
        if digits.count == t.count, digits.count == 4, (1800...2199).contains(n) { return nil }
        return n
    }

    /// A word the lexicons do not know ending in "-ing".
    static func looksLikeGerund(_ w: ArticleWords, _ k: Int) -> Bool {
        let sp = w.t(k).span
        return w.cls[k].isEmpty && sp.length >= 5 && w.s[sp.end - 1] == "g" && w.s[sp.end - 2] == "n" && w.s[sp.end - 3] == "i"
    }
}
