import Testing
@testable import DossierAnalysis

/// Words of rebuttal and scorn VADER lacks or scores weakly ("rebut", "repudiate", "deride")
/// judge the actor they are said of, or whose claims they answer (word_polarity.txt).
@Suite struct StatementRebuttalTests {
    @Test func rebuttingAnActorsClaimsStandsAgainstIt() {
        let text = "Governor Tom Gaddis spoke in Iowa on Monday.\n\n"
            + "Former mayor Ann Lowe said the state must rebut Gaddis's claims."
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func repudiatingAnActorStandsAgainstIt() {
        let text = "Governor Tom Gaddis spoke in Iowa on Monday.\n\n"
            + "\"Every voter should repudiate Tom Gaddis,\" said former mayor Ann Lowe."
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
    }
}
