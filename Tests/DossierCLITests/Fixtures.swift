import DossierAnalysis
import Foundation

/// Articles written for these tests (invented, not taken from any corpus).
enum Fixtures {
    /// A wire story with three people quoted, non-ASCII names, curly and straight quotes, and
    /// dashes, so that code-point offsets differ from UTF-8 and UTF-16 ones before every quote.
    static let wire = """
    Finance ministers meet in Brüssel as budget row deepens

    BRUSSELS (Wire) — Maria Lopez-Hart, the finance minister, said on Tuesday that the spending plan was “dead on arrival” unless the northern states moved first.

    “We will not sign a budget that punishes growth,” Lopez-Hart told reporters outside the Conseil building.

    Antonio Guterres, the UN Secretary-General, urged calm. "Nobody wins a trade war," Guterres said in a statement.

    Jürgen Weiß, a spokesman for the German delegation, said Berlin was “open to compromise — but not at any price.”

    """

    /// A short harbour story, for a second article and file.
    static let harbour = """
    Harbour strike enters second week

    Dock workers in Porto Alegre stayed off the job on Monday. “We are not going back until the contract is signed,” said Ana Souza, who leads the São Paulo dockers' union.

    The port authority said talks would resume on Thursday.

    """

    /// The phrase inside one of `wire`'s quotes, for offset checks.
    static let wireQuotePhrase = "Nobody wins a trade war"

    /// Whether the analyser (the same code the binary runs) finds quotes in `text`.
    static func analyserFindsQuotes(in text: String) -> Bool {
        !Analyzer().analyze(text).quotes.isEmpty
    }
}
