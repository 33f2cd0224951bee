import Testing
@testable import DossierEngine

@Suite struct LineSplitterTests {
    func words(_ line: String) throws -> [[String]] {
        try LineSplitter().split(line).map { $0.map(\.text) }
    }

    @Test func splitsWordsQuotesAndCommands() throws {
        #expect(try words("load a.txt") == [["load", "a.txt"]])
        #expect(try words("actor \"Antonio Guterres\"; quotes") == [["actor", "Antonio Guterres"], ["quotes"]])
        #expect(try words("quotes --grep 'a \"b\"; c'") == [["quotes", "--grep", "a \"b\"; c"]])
        #expect(try words("load my\\ file.txt") == [["load", "my file.txt"]])
        #expect(try words("grep \"say \\\"hi\\\"\"") == [["grep", "say \"hi\""]])
        #expect(try words("a ;; b # comment") == [["a"], ["b"]])
        #expect(try words("x ''") == [["x", ""]])
    }

    @Test func quotesJoinWithTheTextAroundThem() throws {
        #expect(try words(#"say a"b c"d"#) == [["say", "ab cd"]])
        #expect(try words(#"grep 'it''s'"#) == [["grep", "its"]])
        #expect(try words(#"grep "it's" 'say "no"'"#) == [["grep", "it's", "say \"no\""]])
        #expect(try words("quotes 'a\\b'") == [["quotes", "a\\b"]], "no escapes inside single quotes")
    }

    @Test func semicolonsAndHashesInsideWordsOrQuotesAreText() throws {
        #expect(try words(#"quotes --grep "a;b"; actors"#) == [["quotes", "--grep", "a;b"], ["actors"]])
        #expect(try words("load issue#4.txt") == [["load", "issue#4.txt"]])
        #expect(try words("load a\\;b.txt") == [["load", "a;b.txt"]])
        #expect(try words("  \t load\tx  ") == [["load", "x"]])
        #expect(try words("load\ta.txt\nb.txt") == [["load", "a.txt", "b.txt"]])
    }

    @Test func wordOffsetsPointIntoTheLine() throws {
        let line = #"actor "Lena Varga" --context 5"#
        let w = try LineSplitter().split(line)[0]
        #expect(w.map(\.start) == [0, 6, 19, 29])
        #expect(w[1].quoted && !w[0].quoted)
    }

    @Test func shellQuotedRoundTrips() throws {
        for word in ["plain", "two words", "it's", "say \"hi\"", "a;b", "#tag", "back\\slash", ""] {
            #expect(try words("x " + shellQuoted(word)) == [["x", word]], "\(word) → \(shellQuoted(word))")
        }
    }

    @Test func unterminatedQuoteIsAnError() {
        #expect(throws: LineSplitter.Unterminated(quote: "\"")) { try LineSplitter().split("actor \"Gut") }
        #expect(throws: LineSplitter.Unterminated(quote: "'")) { try LineSplitter().split("quotes --grep 'it") }
        #expect(LineSplitter().scan("actor \"Lena V").openQuote == "\"", "completion still sees the words")
    }
}
