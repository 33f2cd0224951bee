/// Recognises a page of signed letters or readers' comments: paragraphs followed by a line that
/// is only the writer's name ("David Groner."), sometimes with a place line under it
/// ("Gainesville, Fla."). Each run of paragraphs since the previous signature (or a section
/// header such as "FACEBOOK.") is a block quote of the name that signs it.
///
/// Only on a page with four signatures or more, so that a lone short line (a byline, a credit)
/// never turns the paragraphs above it into someone's words.
struct SignedLetterFinder {
    static let maxNameWords = 4
    /// A page of letters has several: a live blog signs a post or two, a letter page many.
    static let minSignatures = 4

    func find(_ doc: Document, ranges: [Range<Int>], into quotes: inout [QuoteSpan]) {
        guard doc.paragraphs.count > 3 else { return }
        var signatures: [Int] = []
        for p in 1..<doc.paragraphs.count where isSignature(doc, ranges[p]) || isHandle(doc, ranges[p]) { signatures.append(p) }
        guard signatures.count >= Self.minSignatures else { return }
        // Letters end with a signature (a place or a social footer may follow it): a name over
        // its section ("Rising Tensions.", "Hillary Clinton." heading a profile) heads text.
        var last = doc.paragraphs.count - 1
        while last > 0, ranges[last].isEmpty || (isFooter(doc, ranges[last]) && !isHandle(doc, ranges[last])) || isPlace(doc, ranges[last]) {
            last -= 1
        }
        guard signatures.last == last else { return }
        let signed = Set(signatures)
        // Paragraphs holding quotation marks report others' words: never part of a letter.
        var quoted = Set<Int>()
        for q in quotes { for c in q.content { if let p = doc.paragraphIndex(at: c.start) { quoted.insert(p) } } }
        var start = 1
        var added: [QuoteSpan] = []
        for p in 1..<doc.paragraphs.count {
            if isHeader(doc, ranges[p]) { start = p + 1; continue }
            guard signed.contains(p) else { continue }
            let letter = (start..<p).filter { !ranges[$0].isEmpty && !quoted.contains($0) }
            // The place under a signature belongs to it.
            start = p + 1
            if p + 1 < doc.paragraphs.count, isPlace(doc, ranges[p + 1]) { start = p + 2 }
            // A handle ("@LaurieM07.") names no actor: its letter stays unattributed.
            guard !letter.isEmpty, letter.allSatisfy({ !signed.contains($0) }), isSignature(doc, ranges[p]) else { continue }
            let name = nameSpan(doc, ranges[p])
            added.append(QuoteSpan(content: letter.map { doc.paragraphs[$0].span }, kind: .block, paragraph: letter[0], byline: name))
        }
        guard !added.isEmpty else { return }
        quotes.append(contentsOf: added)
        quotes.sort { $0.extent.start < $1.extent.start }
    }

    /// Two to four capitalised words (initials allowed), an optional full stop, nothing else;
    /// never opening with an article ("The Facts." is a heading).
    private func isSignature(_ doc: Document, _ range: Range<Int>) -> Bool {
        guard range.count <= 2 * Self.maxNameWords + 1 else { return false }
        let s = doc.text.scalars
        var words = 0
        for k in range {
            let t = doc.tokens[k]
            switch t.kind {
            case .word:
                guard CharClass.isUpper(s[t.span.start]) else { return false }
                if words == 0, ["the", "a", "an"].contains(doc.text[t.span].lowercased()) { return false }
                // An all-capital word is a header or an acronym, not a name ("FACEBOOK.").
                if t.span.end - t.span.start > 2, (t.span.start..<t.span.end).allSatisfy({ !CharClass.isLetter(s[$0]) || CharClass.isUpper(s[$0]) }) { return false }
                // A name has a capital or two ("McCain"), not a run of joined words.
                if (t.span.start..<t.span.end).filter({ CharClass.isUpper(s[$0]) }).count > 2 { return false }
                words += 1
            case .punctuation:
                guard k == range.upperBound - 1, s[t.span.start] == "." else { return false }
            default:
                return false
            }
        }
        return words >= 2 && words <= Self.maxNameWords
    }

    /// "@LaurieM07.": a commenter known only by a handle.
    private func isHandle(_ doc: Document, _ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 3 else { return false }
        let s = doc.text.scalars
        let first = doc.tokens[range.lowerBound]
        return s[first.span.start] == "@" && doc.tokens[range.lowerBound + 1].kind == .word
    }

    /// "Follow @USATOpinion or #tellusatoday.": a line pointing at social media.
    private func isFooter(_ doc: Document, _ range: Range<Int>) -> Bool {
        guard range.count <= 12 else { return false }
        let s = doc.text.scalars
        return range.contains { k in s[doc.tokens[k].span.start] == "@" || s[doc.tokens[k].span.start] == "#" }
    }

    /// One all-capital word: a section header ("LETTERS.", "TWITTER.").
    private func isHeader(_ doc: Document, _ range: Range<Int>) -> Bool {
        guard range.count <= 3 else { return false }
        let s = doc.text.scalars
        let words = range.filter { doc.tokens[$0].kind == .word }
        guard words.count == 1, let k = words.first else { return false }
        let t = doc.tokens[k].span
        return t.end - t.start > 2 && (t.start..<t.end).allSatisfy { !CharClass.isLetter(s[$0]) || CharClass.isUpper(s[$0]) }
    }

    /// "Gainesville, Fla.": a short line of capitalised words with a comma.
    private func isPlace(_ doc: Document, _ range: Range<Int>) -> Bool {
        guard range.count <= 6 else { return false }
        let s = doc.text.scalars
        var comma = false
        for k in range {
            let t = doc.tokens[k]
            if t.kind == .punctuation { if s[t.span.start] == "," { comma = true }; continue }
            guard t.kind == .word, CharClass.isUpper(s[t.span.start]) else { return false }
        }
        return comma
    }

    /// The name without its full stop.
    private func nameSpan(_ doc: Document, _ range: Range<Int>) -> Span {
        var last = range.upperBound - 1
        if doc.tokens[last].kind == .punctuation { last -= 1 }
        return Span(doc.tokens[range.lowerBound].span.start, doc.tokens[last].span.end)
    }
}
