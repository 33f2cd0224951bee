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

    @Test func unterminatedQuoteIsAnError() {
        #expect(throws: LineSplitter.Unterminated.self) { try LineSplitter().split("actor \"Gut") }
    }
}
