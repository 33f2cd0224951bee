import Testing
@testable import DossierAnalysis

/// Rivalries and alliances stated without a rival noun right before one name: a race between
/// two names, a result compared, the rivals listed after a plural noun, a passive defeat.
@Suite struct StatementContestTests {
    @Test func aRaceBetweenTwoNamesMakesThemRivals() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke on Monday.\n\n"
            + "The nomination now looks like a two-person race between Ruth Ellison and Tom Gaddis."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.meaning == .compete, "\(statements(text))")
        // "between" after a noun that is no contest says nothing.
        let talks = "Senator Ruth Ellison and Governor Tom Gaddis spoke on Monday.\n\nThe talks between Ellison and Gaddis went on."
        #expect(toward("Gaddis", by: "Ellison", in: talks).isEmpty, "\(statements(talks))")
    }

    @Test func aResultComparedAfterAVerbOfResultsCompetes() {
        let text = "Rep. Ruth Ellison and Rep. Tom Gaddis are running for the Senate.\n\n"
            + "Rep. Ruth Ellison does better than fellow Democrat Tom Gaddis against the Republicans."
        let s = toward("Gaddis", by: "Ellison", in: text)
        #expect(s.first?.meaning == .compete, "\(statements(text))")
        #expect(!s.contains { $0.stance == .pro }, "\(statements(text))")
        // A judgement is no contest: "a better candidate than Gaddis" praises nobody named after "than".
        let judged = "Rep. Ruth Ellison and Rep. Tom Gaddis spoke.\n\n\"Kessler is a far better candidate than Tom Gaddis,\" Ellison said."
        #expect(!toward("Gaddis", by: "Ellison", in: judged).contains { $0.stance == .pro }, "\(statements(judged))")
    }

    @Test func rivalsListedAfterAPluralNounEachCompete() {
        let text = "Senator Ruth Ellison spoke in Iowa on Monday.\n\n"
            + "She has stopped short of calls from her primary opponents, Sen. Tom Gaddis and former Governor Ann Lowe, to break up the banks."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.meaning == .compete, "\(statements(text))")
        #expect(toward("Ellison", by: "Lowe", in: text).first?.meaning == .compete, "\(statements(text))")
        // One name after the comma that goes on with a verb is the speaker, not a rival.
        let said = "Senator Ruth Ellison spoke in Iowa on Monday.\n\nHer opponents, Tom Gaddis said, are divided."
        #expect(toward("Ellison", by: "Gaddis", in: said).isEmpty, "\(statements(said))")
    }

    @Test func membersCountedAfterIncludeOrIncludingHoldTheRelation() {
        let text = "Senator Ruth Ellison spoke in Iowa on Monday.\n\n"
            + "Ellison's rivals include Sen. Tom Gaddis and former Governor Ann Lowe."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.meaning == .compete, "\(statements(text))")
        #expect(toward("Ellison", by: "Lowe", in: text).first?.meaning == .compete, "\(statements(text))")
        let one = "Senator Ruth Ellison spoke in Iowa on Monday.\n\n"
            + "Ellison's allies, such as veteran strategist Carl Brandt, stayed home."
        #expect(toward("Ellison", by: "Brandt", in: one).first?.stance == .pro, "\(statements(one))")
        // A list that goes on with a verb after a name still ends at the name.
        let verb = "Senator Ruth Ellison spoke in Iowa on Monday.\n\n"
            + "Ellison's critics, like Tom Gaddis, say she is wrong about Carl Brandt."
        #expect(toward("Ellison", by: "Gaddis", in: verb).first?.meaning == .compete, "\(statements(verb))")
        #expect(toward("Ellison", by: "Brandt", in: verb).isEmpty, "\(statements(verb))")
    }

    @Test func aRivalBeatenInAPassiveCompetes() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke.\n\nEllison was beaten by Gaddis in Ohio."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.meaning == .compete, "\(statements(text))")
    }

    @Test func aSecondVerbJoinedByAndSharesTheSubject() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis ran in 1998.\n\n"
            + "Ellison won 39 counties and defeated Gaddis by ten points."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.meaning == .compete, "\(statements(text))")
        // A new subject after "and" acts for itself; a clause after "that" has its own subject.
        let other = "Senator Ruth Ellison and Governor Tom Gaddis ran in 1998.\n\nEllison won 39 counties and Gaddis defeated Kline."
        #expect(toward("Gaddis", by: "Ellison", in: other).isEmpty, "\(statements(other))")
        let said = "Senator Ruth Ellison and Governor Tom Gaddis ran in 1998.\n\nEllison said that Kline won and defeated Gaddis."
        #expect(!toward("Gaddis", by: "Ellison", in: said).contains { $0.meaning == .compete }, "\(statements(said))")
    }

    @Test func leadingAPersonInAPollCompetesLeadingABodyDoesNot() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis campaigned in Ohio.\n\n"
            + "Ellison is now leading Republican Tom Gaddis by six points, according to a new poll."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.meaning == .compete, "\(statements(text))")
        let body = "Senator Ruth Ellison and the Ohio Farmers Union met in May.\n\n"
            + "Ellison leads the Ohio Farmers Union in its talks with the state."
        #expect(toward("Union", by: "Ellison", in: body).isEmpty, "\(statements(body))")
    }

    @Test func aRaceOrAFightAgainstANameIsItsOwners() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Ohio.\n\n"
            + "Ellison was surprised to be debating taxes in her race against Gaddis."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.meaning == .compete, "\(statements(text))")
        let vying = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Ohio.\n\nEllison, who is vying with Gaddis for the nomination, spoke first."
        #expect(toward("Gaddis", by: "Ellison", in: vying).first?.meaning == .compete, "\(statements(vying))")
        let prize = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Ohio.\n\n"
            + "Ellison spent heavily in her race for the Senate nomination against Gaddis."
        #expect(toward("Gaddis", by: "Ellison", in: prize).first?.meaning == .compete, "\(statements(prize))")
        let fight = "The Ohio Farmers Union and the Northern Front clashed in May.\n\n"
            + "The Ohio Farmers Union's fight against the Northern Front went on."
        #expect(toward("Northern Front", by: "Ohio Farmers Union", in: fight).contains { $0.meaning == .oppose }, "\(statements(fight))")
        // "its fight" is a body's: no person named before it owns it.
        let its = "Senator Ruth Ellison spoke about the Ohio Farmers Union and the Northern Front.\n\n"
            + "Ellison said the union would win its fight against the Northern Front."
        #expect(!toward("Northern Front", by: "Ellison", in: its).contains { $0.meaning == .oppose }, "\(statements(its))")
    }
}
