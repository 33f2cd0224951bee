import Testing
@testable import DossierAnalysis

/// The speaker's stance toward the actors it names (`ActorStanceReader`): evaluative words
/// around a name in a quote or reported statement, the nearest name in the clause taking them;
/// a negation turns a word round; a name compared ("than Clinton") or followed by the words for
/// its people ("Trump supporters") is not judged; the object of a cue that takes sides is the
/// last name of its noun phrase.
@Suite struct StatementActorStanceTests {
    @Test func evaluativeWordsAroundANameJudgeIt() {
        let text = "Senator Ruth Ellison campaigned in Ohio on Monday.\n\n"
            + "\"Ellison is a dishonest and reckless politician,\" said Governor Tom Gaddis."
        let s = toward("Ellison", by: "Gaddis", in: text)
        #expect(s.first?.stance == .against, "\(statements(text))")
        let praise = "Senator Ruth Ellison campaigned in Ohio on Monday.\n\n"
            + "\"Ruth Ellison is an honest, principled and decent leader,\" said Governor Tom Gaddis."
        #expect(toward("Ellison", by: "Gaddis", in: praise).first?.stance == .pro, "\(statements(praise))")
    }

    /// Political judgements VADER lacks: "a delusion", "collusion", "extortion".
    @Test func judgementsOfPoliticalNewsJudgeTheNameNearThem() {
        let text = "Senator Ruth Ellison campaigned in Ohio on Monday.\n\n"
            + "Governor Tom Gaddis called Ellison's argument a delusion. "
            + "Mayor Ann Lowe is concerned about Ellison's collusion with the harbour board."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Ellison", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func rejectingWordsFromAnActorStandsAgainstTheActor() {
        let text = "Mayor Ann Kessler and Governor Tom Gaddis spoke on Monday.\n\n"
            + "Kessler rejected criticism from Republican presidential candidate Tom Gaddis that closing the unit made the city less safe. "
            + "She welcomed the endorsement by Senator Ruth Ellison."
        #expect(toward("Gaddis", by: "Kessler", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Ellison", by: "Kessler", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func proAndAntiCompoundsInAnAppositionTakeSides() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "Priorities Ohio, a pro-Ellison super PAC, spent $2 million. An anti-Gaddis group, Ohio Forward Alliance, ran ads. "
            + "Hundreds of anti-Gaddis protesters marched. As the pro-Gaddis accounts demonstrate, voters are split."
        #expect(toward("Ellison", by: "Priorities Ohio", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Ohio Forward Alliance", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "anti-Gaddis protesters", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "voters", in: text).isEmpty, "\(statements(text))")
    }

    @Test func aCompoundSetOffByDashesTakesASideToo() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "Maria Lutz, who founded Lakeshore Action — a pro-Ellison super PAC — said the race was close."
        #expect(toward("Ellison", by: "Lakeshore Action", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func choosingSomeoneForAPostBacksThemAndFiringThemDoesNot() {
        let text = "Senator Ruth Ellison, Tom Gaddis and Ann Lowe spoke on Monday.\n\n"
            + "Ellison picked Gaddis as her running mate. Ellison fired Lowe in June. "
            + "Lowe was appointed to the court by Gaddis in 2010. Gaddis fired up the crowd."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Lowe", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        // A passive's subject did not act.
        #expect(toward("court", by: "Lowe", in: text).isEmpty && toward("Gaddis", by: "Lowe", in: text).isEmpty, "\(statements(text))")
    }

    @Test func aBodyAlignedWithAnActorStandsWithIt() {
        let text = "Senator Ruth Ellison is running for president.\n\n"
            + "The Ohio Forward Alliance, aligned with Senator Ruth Ellison, spent $2 million. Harbor Workers Union, close to the governor's office, said nothing."
        #expect(toward("Ellison", by: "Ohio Forward Alliance", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func anInsultTheLexiconOfPoliticsKnowsJudges() {
        let text = "Mayor Ann Kessler and Governor Tom Gaddis spoke on Monday.\n\nKessler called Gaddis a “blowhard” on the radio."
        #expect(toward("Gaddis", by: "Kessler", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func aNegationTurnsTheWordRound() {
        let text = "Senator Ruth Ellison spoke in Ohio.\n\n\"Real conservatives don't support Ruth Ellison,\" said Governor Tom Gaddis."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func namesJoinedByAndShareTheJudgement() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Ohio.\n\n"
            + "\"Ellison and Gaddis are dishonest and reckless politicians,\" said Mayor Ann Kessler."
        #expect(toward("Ellison", by: "Kessler", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "Kessler", in: text).first?.stance == .against, "\(statements(text))")
        // A pair in relation to each other is not judged together.
        let between = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Ohio.\n\n"
            + "\"The stakes are higher than the bitter and ugly fight between Ellison and Gaddis,\" said Mayor Ann Kessler."
        #expect(toward("Gaddis", by: "Kessler", in: between).isEmpty, "\(statements(between))")
    }

    @Test func aJobDoneJudgesWhoDidIt() {
        let text = "Senator Ruth Ellison spoke in Ohio.\n\n\"Ellison did a remarkable job for the state,\" said Mayor Ann Kessler."
        #expect(toward("Ellison", by: "Kessler", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func aSuppositionJudgesNobody() {
        let text = "Senator Ruth Ellison spoke in Ohio.\n\n"
            + "\"If Ellison does a great job, that would be a terrific thing for us,\" said Mayor Ann Kessler."
        #expect(toward("Ellison", by: "Kessler", in: text).allSatisfy { $0.stance != .pro }, "\(statements(text))")
        // "if" for "whether" is no supposition.
        let whether = "Senator Ruth Ellison spoke in Ohio.\n\n"
            + "\"I don't know if people realize how brilliant and brave Ellison is,\" said Mayor Ann Kessler."
        #expect(toward("Ellison", by: "Kessler", in: whether).first?.stance == .pro, "\(statements(whether))")
    }

    @Test func aQuotationNestedInAQuoteIsCitedNotJudged() {
        let cited = "Senator Ruth Ellison spoke in Ohio.\n\n"
            + "\"The whole idea of a 'Crooked Ruth' is something we hear all the time, and it needs to stop,\" said Ann Kessler."
        #expect(toward("Ellison", by: "Kessler", in: cited).allSatisfy { $0.stance != .against }, "\(statements(cited))")
        // In reported speech the marked words are the speaker's own.
        let own = "Senator Ruth Ellison spoke in Ohio.\n\n"
            + "Governor Tom Gaddis said Ellison was 'a dishonest and reckless politician'."
        #expect(toward("Ellison", by: "Gaddis", in: own).first?.stance == .against, "\(statements(own))")
    }

    @Test func aNameComparedOrItsPeopleAreNotJudged() {
        let compared = "Senator Ruth Ellison spoke in Ohio. Governor Tom Gaddis spoke in Iowa.\n\n"
            + "Gaddis argued that he is a stronger and better candidate than Ellison."
        #expect(toward("Ellison", by: "Gaddis", in: compared).isEmpty, "\(statements(compared))")
        let people = "Senator Ruth Ellison spoke in Ohio.\n\n"
            + "Governor Tom Gaddis said the vote could bring Ellison supporters and Ellison allies to the polls."
        #expect(toward("Ellison", by: "Gaddis", in: people).isEmpty, "\(statements(people))")
    }

    @Test func outcomesAndCourtesiesJudgeNobody() {
        let text = "Senator Ruth Ellison won in Ohio.\n\n"
            + "Governor Tom Gaddis tweeted congratulations to Ellison and said Ellison could benefit from the result."
        #expect(toward("Ellison", by: "Gaddis", in: text).isEmpty, "\(statements(text))")
    }

    @Test func theObjectOfASideTakingCueIsTheLastNameOfItsPhrase() {
        let text = "Reporter Ana Fields accused Ellison campaign manager Tom Gaddis of grabbing her at a rally.\n\n"
            + "Senator Ruth Ellison was not there."
        let s = statements(text).filter { $0.actor.contains("Fields") && $0.stance == .against }
        #expect(s.contains { $0.targetActor == "Tom Gaddis" }, "\(statements(text))")
        #expect(!s.contains { $0.targetActor == "Ruth Ellison" }, "\(statements(text))")
    }

    @Test func aContractedNegationNegates() {
        // "didn't" is one token: the operator lexicon knows it as a negation.
        let lead = "The city council approved a new tax on empty homes on Monday.\n\n"
        let s = statements(lead + "\"We didn't support the tax,\" housing campaigner Ada Okafor said.").filter { $0.actor.contains("Okafor") }
        #expect(s.first?.stance == .against, "\(s)")
    }

    @Test func aPrepositionAfterAnActGivesTheSide() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "Ellison campaigned for Gaddis in Iowa on Monday. Former mayor Ann Lowe campaigned against Gaddis last week."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func beatingARivalStandsAgainstIt() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "Ellison beat Gaddis in the New Hampshire primary on Tuesday.\n\n"
            + "\"We are defeating Tom Gaddis by very significant numbers,\" Ellison said."
        let s = toward("Gaddis", by: "Ellison", in: text)
        #expect(s.count == 2 && s.allSatisfy { $0.stance == .against }, "\(statements(text))")
    }

    @Test func losingContestsToARivalCompetesWithIt() {
        // What was lost may stand between the verb and "to" and its rival.
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "Ellison lost three primaries in the South to Gaddis on Tuesday."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func facingOustingOrSquaringOffAgainstARivalStandsAgainstIt() {
        let text = "Senator Ruth Ellison, Governor Tom Gaddis, Ann Lowe and Mark Pruitt are in the race.\n\n"
            + "Ellison now faces Gaddis in November. Lowe will square off against Gaddis in the debate. Pruitt ousted Lowe as chair in 2014."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Lowe", by: "Pruitt", in: text).first?.stance == .against, "\(statements(text))")
        // A race for a prize takes no side on anyone: "competing for votes".
        let prize = "Senator Ruth Ellison spoke on Monday.\n\nEllison is competing for Gaddis voters in Iowa."
        #expect(toward("Gaddis", by: "Ellison", in: prize).isEmpty, "\(statements(prize))")
    }

    @Test func winningAVoteOverARivalByAMarginCompetesWithIt() {
        let text = "Senator Ruth Ellison, Governor Tom Gaddis and Ann Lowe are running for president.\n\n"
            + "In Florida, Ellison edged Gaddis by a nose. In Ohio, Gaddis bested Lowe by 50,000 votes. "
            + "Lowe swept primary challenger Sen. Mark Pruitt in five states."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.meaning == .compete, "\(statements(text))")
        #expect(toward("Lowe", by: "Gaddis", in: text).first?.stance == .against, "\(statements(text))")
        // The rival may come after the words that describe it.
        #expect(toward("Pruitt", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func aNameAfterAnotherComplementIsNoRival() {
        // "to Putin" belongs to the overtures, not to the contest; "the resignation of President
        // Pruitt" is no call for Pruitt.
        let text = "Governor Tom Gaddis and President Mark Pruitt met in May.\n\n"
            + "Gaddis has faced criticism for his friendly overtures to Russian President Mark Pruitt. "
            + "Senator Ruth Ellison called for the resignation of President Mark Pruitt."
        #expect(toward("Pruitt", by: "Gaddis", in: text).isEmpty, "\(statements(text))")
        #expect(toward("Pruitt", by: "Ellison", in: text).allSatisfy { $0.stance != .pro }, "\(statements(text))")
    }

    @Test func aLeadWithItsMarginMakesRivals() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "In the latest poll, Ellison led Gaddis 47 percent to 39 percent among young voters."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        // Without a margin the verb may lead a body.
        let body = "Senator Ruth Ellison spoke on Monday.\n\nEllison led Unity Alliance for ten years."
        #expect(toward("Unity", by: "Ellison", in: body).isEmpty, "\(statements(body))")
    }

    @Test func aPhraseRightAfterANameJudgesSomethingElse() {
        // "significant" is about the numbers, not about Gaddis.
        let text = "Governor Tom Gaddis spoke in Iowa.\n\n\"We are watching Tom Gaddis with very great and honest interest,\" Ellison said."
        #expect(toward("Gaddis", by: "Ellison", in: text).isEmpty, "\(statements(text))")
    }

    @Test func rivalsCriticsAndAlliesNamedAsSuch() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "Ellison's Democratic rival, Vermont Sen. Tom Gaddis, spoke in Iowa. Gaddis rival Ann Lowe was not there.\n\n"
            + "Mitt Romney, a longtime critic of Gaddis, said nothing. Ellison ally Terry McAuliffe spoke too."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.meaning == .compete, "\(statements(text))")
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "Romney", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Ellison", by: "McAuliffe", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func thoseWhoWorkForAnActorAreOnItsSide() {
        let text = "Governor Tom Gaddis and Senator Ruth Ellison are running for president.\n\n"
            + "Joe Brant, his chief of staff, declined to comment. Ellison's running mate, Ann Lowe, spoke in Iowa. "
            + "Gaddis aide Mark Kessler was not there. Sam Ortiz, his former campaign manager, was fired in June."
        #expect(toward("Gaddis", by: "Brant", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Ellison", by: "Lowe", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Kessler", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Ortiz", in: text).isEmpty, "\(statements(text))")
    }

    @Test func aClauseOrAPluralIsNoApposition() {
        // "where his supporters": a clause, not a name for the party; plural nouns name a group.
        let text = "Senator Ruth Ellison spoke in Iowa. Cameras showed the Gaddis Committee, where his supporters cheered.\n\n"
            + "As for Ellison's supporters, Tom Gaddis said they were loud."
        // Only the group the noun names ("Ellison's supporters") stands with its owner.
        let support = statements(text).filter { $0.meaning == .support && !$0.fromQuote }
        #expect(support.allSatisfy { $0.actor == "Ellison's supporters" && $0.targetActor == "Ruth Ellison" }, "\(statements(text))")
    }

    @Test func aPronounInAQuoteStandsForThePersonNamedBefore() {
        let text = "Governor Tom Gaddis changed his stance on trade on Monday.\n\n"
            + "\"If he reverses his stance now, he looks like a dishonest flake,\" said Senator Ruth Ellison."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        // Never the speaker: "she" in Ellison's own words is not Ellison judging herself.
        let own = "Senator Ruth Ellison spoke on Monday.\n\n\"She is honest and decent,\" said Ellison."
        #expect(statements(own).allSatisfy { $0.targetActor != "Ruth Ellison" }, "\(statements(own))")
    }

    @Test func aJudgementAfterAsIsOfTheObjectAndAPronounCanBeTheObject() {
        let text = "Vice President Joe Biden on Monday campaigned in Ohio, trashing Governor Tom Gaddis as unqualified "
            + "for the White House and accusing him of endangering the troops."
        let s = statements(text).filter { $0.actor.contains("Biden") }
        #expect(s.filter { $0.targetActor == "Tom Gaddis" }.count == 2 && s.allSatisfy { $0.targetActor != "White House" || $0.stance != .pro },
                "\(s)")
    }

    @Test func aSubjectPronounAfterANameOpensItsOwnClause() {
        let text = "Senator Ruth Ellison spoke on Monday.\n\n"
            + "\"In one of the first debates with Ruth Ellison, oh, I'm tired of hearing about the emails,\" said Tom Gaddis."
        #expect(toward("Ellison", by: "Gaddis", in: text).isEmpty, "\(statements(text))")
    }

    @Test func quotationMarksDoNotHideANegation() {
        let text = "Governor Tom Gaddis won the primary.\n\nSpeaker Ann Lowe said she was “not ready” to support Tom Gaddis."
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func aCopulaTiesTheNounToItsSubject() {
        let text = "Governor Tom Gaddis spoke with Stephen Bannon on Wednesday.\n\nBannon has long been a supporter of Mr. Gaddis."
        #expect(toward("Gaddis", by: "Bannon", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func namesJoinedToASubjectAreSubjectsToo() {
        let text = "Senator Ruth Ellison spoke. Governor Tom Gaddis spoke.\n\n"
            + "Supporters of Ruth Ellison and Tom Gaddis avoided confrontations over policy on Wednesday."
        #expect(statements(text).allSatisfy { $0.targetActor != "Tom Gaddis" && $0.targetActor != "Ruth Ellison" }, "\(statements(text))")
    }

    @Test func aCollectiveNounIsReadLikeANameForATopic() {
        let text = "Governor Tom Gaddis spoke in Iowa.\n\n\"The media are dishonest and corrupt,\" Gaddis said."
        let s = statements(text).filter { $0.actor == "Tom Gaddis" && $0.targetActor == nil && ($0.target ?? "").lowercased().contains("media") }
        #expect(s.first?.stance == .against, "\(statements(text))")
    }

    @Test func aContestWonOrLedOverSomeoneMakesRivals() {
        let text = "Senator Ruth Ellison won Ohio on Tuesday, continuing her win streak over Tom Gaddis. "
            + "Governor Ann Lowe extended her lead over Gaddis."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.meaning == .compete, "\(statements(text))")
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.meaning == .compete, "\(statements(text))")
    }

    @Test func aSubjectAtOddsOrInConflictWithSomeoneIsAgainstThem() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Ohio. Mayor Ann Kessler spoke too.\n\n"
            + "Ellison is at odds with Kessler over the budget. The Republican Party has been in open conflict with Gaddis over his remarks."
        #expect(toward("Kessler", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "Republican Party", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func namesEitherSideOfVersusCompete() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke.\n\nThe general election will be Ellison vs. Gaddis."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.meaning == .compete, "\(statements(text))")
    }
}
