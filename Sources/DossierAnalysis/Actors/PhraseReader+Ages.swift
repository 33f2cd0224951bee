/// Ages and lengths before a head noun ("the 71-year-old diplomat").
extension PhraseReader {
    /// A number joined by a hyphen to words ("71-year-old", "30-year"): an age or a length.
    static func isAge(_ w: ArticleWords, _ k: Int) -> Bool {
        let sp = w.t(k).span
        guard w.t(k).kind == .number, sp.length >= 4 else { return false }
        var hyphen = false
        for i in sp.start..<sp.end {
            if w.s[i] == "-" { hyphen = true } else if hyphen, CharClass.isLetter(w.s[i]) { return true }
        }
        return false
    }
}
