import Testing
@testable import DossierAnalysis

/// Reported speech without marks, mixed quotes, and the cues of the lexicon files.
@Suite struct ReportedSpeechTests {
    @Test func saidThat() {
        let q = quote("The governor said that the budget would be balanced by June.", containing: "budget")
        #expect(q == SeenQuote(kind: .indirect, content: "the budget would be balanced by June", source: "The governor",
                               cue: "said"))
    }

    @Test func toldAddresseeThat() {
        let q = quote("Kremlin spokesman Ivan Petrov told reporters on Tuesday that the talks had stalled.",
                      containing: "talks")
        #expect(q?.source == "Kremlin spokesman Ivan Petrov")
        #expect(q?.cue == "told")
        #expect(q?.content == "the talks had stalled")
    }

    @Test func toldAnAddresseeToDoSomething() {
        let q = quote("The mayor told the harbour board to close the ferry terminal.", containing: "ferry")
        #expect(q?.source == "The mayor" && q?.content == "to close the ferry terminal", "\(String(describing: q))")
        // A name holding a cue word (The Post) is still the addressee: told The Post and Courier that …
        let r = quote("Wilson told The Post and Courier on Saturday that he voted for Rubio.", containing: "voted")
        #expect(r?.content == "he voted for Rubio", "\(String(describing: r))")
    }

    @Test func clauseThenSpeaker() {
        let q = quote("The strike will end on Monday, union officials said.", containing: "strike")
        #expect(q?.source == "union officials")
        #expect(q?.content == "The strike will end on Monday")
        let r = quote("Fighting broke out near the border, sources on both sides said.", containing: "Fighting")
        #expect(r?.source == "sources on both sides")
    }

    @Test func parentheticalAttributionSplitsTheContent() {
        let q = quote("The new rules, the regulator said, will take effect next year.", containing: "rules")
        #expect(q?.content == "The new rules | will take effect next year")
        #expect(q?.source == "the regulator")
    }

    @Test func aRelativeSpeakerIsThePhraseAfterAGerund() {
        let q = quote("She accused the board of ignoring its own lawyers, who had warned that the contract was void.",
                      containing: "contract")
        #expect(q?.source == "its own lawyers, who", "\(String(describing: q))")
        #expect(q?.cue == "warned")
    }

    @Test func accordingTo() {
        let q = quote("According to the ministry, 40 people were hurt in the blast.", containing: "40 people")
        #expect(q?.source == "the ministry")
        #expect(q?.cue == "According to")
        let r = quote("Turnout was the lowest in decades, according to election officials.", containing: "Turnout")
        #expect(r?.source == "election officials")
    }

    @Test func aRelativeClauseWithACueVerbInTheApposition() {
        let q = quote("Rep. Ida Marsh, D-Ore., who wrote the levy, said voters had lost patience.", containing: "patience")
        #expect(q?.source == "Rep. Ida Marsh", "\(String(describing: q))")
    }

    @Test func aSourceCloseToSomeone() {
        let q = quote("The ferry deal is dead, sources close to the mayor said.", containing: "ferry")
        #expect(q?.source == "sources close to the mayor", "\(String(describing: q))")
        // The verb agrees with "people", not with the name after "close to".
        let r = quote("The ferry deal is dead, people close to Ogden say.", containing: "ferry")
        #expect(r?.source == "people close to Ogden", "\(String(describing: r))")
        let t = quote("Said a person close to the council: \u{201C}Nobody wants the ferry.\u{201D}", containing: "ferry")
        #expect(t?.source == "a person close to the council", "\(String(describing: t))")
    }

    @Test func accordingToASourceRunningToItsComma() {
        let q = quote("According to a survey conducted for the port authority, most ferry users want later sailings.",
                      containing: "ferry")
        #expect(q?.source == "a survey conducted for the port authority", "\(String(describing: q))")
        #expect(q?.content == "most ferry users want later sailings")
        // A short adverbial before the cue is no content: the sentence after the source is.
        let r = quote("In addition, according to the ministry, nine more villages will be evacuated.", containing: "villages")
        #expect(r?.source == "the ministry" && r?.content == "nine more villages will be evacuated", "\(String(describing: r))")
        // A subject before the cue still is: Fundraising, according to the campaign, has surged.
        let f = quote("Fundraising, according to the campaign, has surged since May.", containing: "surged")
        #expect(f?.content == "Fundraising | has surged since May", "\(String(describing: f))")
    }

    @Test func cuesWithInfinitivesAndAddressees() {
        #expect(quote("The union vowed to continue the strike until wages rise.", containing: "strike")?.content
                == "to continue the strike until wages rise")
        let q = quote("The president urged Congress to pass the bill before the recess.", containing: "bill")
        #expect(q?.source == "The president")
        #expect(q?.cue == "urged")
        let r = quote("Russia called for restraint from all sides in the conflict.", containing: "restraint")
        #expect(r?.cue == "called for")
    }

    @Test func cognitionCues() {
        let q = quote("Most economists believe that rates will rise again this year.", containing: "rates")
        #expect(q?.source == "Most economists")
        #expect(q?.cue == "believe")
        #expect(attributions("The campaign denied that it had paid the consultant.").first?.cue == "denied")
        #expect(attributions("She insisted the vote was fair and open to all.").first?.cue == "insisted")
    }

    @Test func statementAndTweetCues() {
        let q = quote("The group said in a statement that it would sue the city.", containing: "sue")
        #expect(q?.cue == "said in a statement")
        let r = quote("The senator tweeted that the deal was dead on arrival.", containing: "deal")
        #expect(r?.cue == "tweeted")
    }

    @Test func participleInheritsTheSubject() {
        let q = quote("Mayor Lin Wu defended the plan on Sunday, saying it would cut traffic by half.", containing: "traffic")
        #expect(q?.source == "Mayor Lin Wu")
        #expect(q?.cue == "saying")
    }

    @Test func coordinatedVerbInheritsTheSubject() {
        let q = quote("The chief praised the officers and said the city was safer than last year.", containing: "safer")
        #expect(q?.source == "The chief")
    }

    @Test func mixedQuoteIsTheWholeReportedClause() {
        let q = quote("The minister said the plan was “a disaster for farmers” and should be withdrawn.",
                      containing: "disaster")
        #expect(q?.kind == .mixed)
        #expect(q?.content == "the plan was “a disaster for farmers” and should be withdrawn")
        #expect(q?.source == "The minister")
    }

    @Test func scareQuoteInReportedSpeechMakesAMixedQuote() {
        let q = quote("The envoy tweeted that he was leaving with a ‘heavy heart’ and was deeply concerned.",
                      containing: "heavy heart")
        #expect(q?.kind == .mixed)
        #expect(q?.source == "The envoy")
    }

    @Test func nestedAttributions() {
        let qs = attributions("Aides said the governor told them that the deal was “finished.”")
        #expect(qs.contains { $0.source == "Aides" && $0.content.hasPrefix("the governor told them") })
        #expect(qs.contains { $0.source == "the governor" && $0.content.contains("the deal was") })
    }

    @Test func relativePronounSource() {
        let q = quote("Votes went to Ted Carr, who said he would cut taxes for every family.", containing: "taxes")
        #expect(q?.source == "Ted Carr, who")
    }

    @Test func nounsThatLookLikeCuesAreNotCues() {
        #expect(attributions("The report on the crash was released on Friday afternoon.").isEmpty)
        #expect(attributions("His support among older voters has grown over the summer.").isEmpty)
        #expect(attributions("Minnesota state delegate Mary Moe wore a red cape to the hall.").isEmpty)
    }

    @Test func howeverAfterACommaIsTheNarratorsContrast() {
        let q = quote("In 2012, 47 percent said they would vote for the governor, however this time that number has dropped to 35 percent.",
                      containing: "vote for")
        #expect(q?.content == "they would vote for the governor", "\(String(describing: q))")
        let aside = quote("She declined to weigh in, however, on the debate over encryption.", containing: "weigh in")
        #expect(aside?.content.contains("encryption") == true, "\(String(describing: aside))")
    }

    @Test func aWordAfterADeterminerAndANameIsANoun() {
        // "show" names the programme; the quote after the title is the speaker's next sentence.
        let q = quote("\"It's too early to tell,\" said Cuban, who hosts the TV show \"Shark Tank.\" \"I mean, the economy is so uncertain.\"",
                      containing: "too early")
        #expect(q?.source == "Cuban", "\(String(describing: q))")
        #expect(q?.content.contains("so uncertain") == true, "\(String(describing: q))")
    }

    @Test func aFrontedPhraseIsNotContent() {
        let qs = attributions("At a town hall in Dover, a voter asked the senator about her vote.")
        #expect(qs.allSatisfy { !$0.content.hasPrefix("At a town hall") })
    }

    @Test func headlineColon() {
        let q = quote("Gingrich: Trump Must Decide on a Running Mate Soon.\n\nThe former speaker spoke on Friday.",
                      containing: "Running Mate")
        #expect(q?.source == "Gingrich")
        #expect(q?.cue == ":")
    }
}
