import Testing
@testable import DossierAnalysis

/// Quotations in marks: every order of quote, cue and speaker, split quotes, continued turns.
@Suite struct DirectQuoteAttributionTests {
    @Test func quoteCueSpeaker() {
        let q = quote("“The budget is a disgrace,” said Senator Maria Lopez of Ohio.", containing: "budget")
        #expect(q == SeenQuote(kind: .direct, content: "“The budget is a disgrace,”", source: "Senator Maria Lopez of Ohio",
                               cue: "said"))
    }

    @Test func quoteSpeakerCue() {
        let q = quote("“We will rebuild the bridge,” the mayor told reporters on Monday.", containing: "bridge")
        #expect(q?.source == "the mayor")
        #expect(q?.cue == "told")
        #expect(q?.kind == .direct)
    }

    @Test func speakerCueQuote() {
        let q = quote("Governor Ann Reyes said: “Nobody will lose their home.”", containing: "home")
        #expect(q?.source == "Governor Ann Reyes")
        #expect(q?.content == "“Nobody will lose their home.”")
        let r = quote("The coach added, “We played badly.”", containing: "badly")
        #expect(r?.source == "The coach")
    }

    @Test func pronounSource() {
        let q = quote("“It was a mistake,” she said.", containing: "mistake")
        #expect(q?.source == "she")
    }

    @Test func speakerColonQuote() {
        let q = quote("Farm groups reacted quickly. Union leader Tom Baird: “This deal betrays every grower.”",
                      containing: "grower")
        #expect(q?.source == "Union leader Tom Baird")
        #expect(q?.cue == ":")
    }

    @Test func quoteSplitByItsAttributionIsOneQuote() {
        let qs = attributions("“The vote is close,” the minister said, “but we will win it.”")
        #expect(qs.count == 1)
        #expect(qs.first?.content == "“The vote is close,” | “but we will win it.”")
        #expect(qs.first?.source == "the minister")
    }

    @Test func quoteResumingInTheNextSentenceJoinsTheSameQuote() {
        let qs = attributions("“We are ready,” Coach Dana Ruiz said. “The team has trained all winter.”")
        #expect(qs.count == 1)
        #expect(qs.first?.content == "“We are ready,” | “The team has trained all winter.”")
    }

    @Test func appositionBetweenQuoteAndCue() {
        let q = quote("“Prices will fall,” Ben Ortiz, 44, a grocer from Tulsa, Okla., said on Friday.", containing: "Prices")
        #expect(q?.source == "Ben Ortiz")
        let r = quote("Jo Park, the party’s treasurer, said “the accounts are clean.”", containing: "accounts")
        #expect(r?.source == "Jo Park")
    }

    @Test func cueThenQuoteInTheNextSentence() {
        let q = quote("Her rival disagreed. “The numbers do not add up for anyone here.”", containing: "numbers")
        #expect(q?.source == "Her rival")
    }

    @Test func aQuoteParagraphContinuesThePreviousSpeakersTurn() {
        let text = "“We have done our part,” the chairman said at the meeting.\n\n“Now it is up to the council to act before winter.”"
        let qs = attributions(text)
        #expect(qs.count == 2)
        #expect(qs.last?.content == "“Now it is up to the council to act before winter.”")
        #expect(qs.last?.source == "the chairman")
        #expect(qs.last?.cue == nil)
    }

    @Test func multiParagraphQuoteKeepsOneSpeaker() {
        let text = "The statement read: “First, we reject the ruling.\n\n“Second, we will appeal it in every court.”"
        let qs = attributions(text)
        #expect(qs.count == 1)
        #expect(qs.first?.source == "The statement")
        #expect(qs.first?.content.contains("Second, we will appeal") == true)
    }

    @Test func mismatchedMarksStillAttributed() {
        let q = quote("‘Taking the military option will only risk chaos,” the five governments said in a statement.",
                      containing: "chaos")
        #expect(q?.source == "the five governments")
        #expect(q?.cue == "said in a statement")
    }

    @Test func titlesAndScareQuotesWithoutSpeakerAreNotQuotes() {
        #expect(attributions("She appeared on NBC’s “Meet the Press” last week and on “60 Minutes” after that.").isEmpty)
        #expect(attributions("The so-called “reform” passed the House easily in March.").isEmpty)
        #expect(attributions("Known to his fans as “The Rocket,” Lee retired in May.").isEmpty)
    }

    @Test func aTitleBeforeTheCueIsNotItsContent() {
        let q = quote("Speaking on ABC’s “This Week,” Jones admitted that the plan was flawed.", containing: "plan")
        #expect(q?.source == "Jones")
        #expect(q?.content == "the plan was flawed")
        #expect(attributions("Speaking on ABC’s “This Week,” Jones admitted that the plan was flawed.")
                    .allSatisfy { !$0.content.contains("This Week") })
    }

    @Test func blockQuoteBelongsToThePersonOnItsLine() {
        let text = "We leave with a heavy heart and hope for peace\n\n— Jane Doe, UN envoy\n\nTalks resume today."
        let q = quote(text, containing: "heavy heart")
        #expect(q?.kind == .block)
        #expect(q?.source == "Jane Doe")
    }

    @Test func aSignatureLineEndingInAPeriodSignsTheQuotedParagraphAboveIt() {
        let text = "Notes from the rally.\n\n\"Great speech. She is ready and she never quits.\"\n\n"
            + "-Mayor Ana Ruiz, writing after the speech.\n\nThe hall emptied at ten."
        let q = quote(text, containing: "never quits")
        #expect(q?.kind == .block)
        #expect(q?.source == "Mayor Ana Ruiz")
        // A credit line under a quoted paragraph is no signature; neither is a dash sentence
        // under an unquoted one.
        let credit = "Notes from the rally.\n\n\"Great speech. She is ready and she never quits.\"\n\n"
            + "- Staff writer Tom Lee contributed to this report."
        #expect(quote(credit, containing: "never quits")?.source != "Staff writer Tom Lee")
        let plain = "The hall was full and the speech ran long that night.\n\n- Ana Ruiz, writing after the speech."
        #expect(quote(plain, containing: "speech ran long") == nil)
    }

    @Test func unclosedQuoteWithInlineAttribution() {
        let q = quote("\"There was no help for families back then, said Ann Kessler, a lawyer.\n\nLater that year the law changed.",
                      containing: "no help")
        #expect(q?.source == "Ann Kessler")
        #expect(q?.content == "\"There was no help for families back then,")
    }

    @Test func sentenceInitialSaid() {
        let q = quote("Said Comey, “That was painful to us.”", containing: "painful")
        #expect(q?.source == "Comey")
    }

    @Test func theModelKeepsSureReadingsAndDropsNouns() {
        let model = AttributionModel.embedded
        #expect(model != nil)
        let q = attributions("“We will win this fight,” Senator Ana Ruiz told reporters on Monday.", model: model)
        #expect(q.first?.source == "Senator Ana Ruiz")
        #expect(attributions("The plan would cut taxes for the wealthy, his critics say.", model: model).first?.source
                == "his critics")
    }

    @Test func aMisprintedOpeningMarkAtParagraphStartStillOpens() {
        let q = quote("” They are not like him,” she said in December.", containing: "not like him")
        #expect(q?.source == "she")
    }

    @Test func invertedCueFirstPastARelativeClause() {
        let q = quote("The old house is a museum now. Said Ann Poe, who grew up with him on the street, “We were all so proud of him.”",
                      containing: "proud")
        #expect(q?.source == "Ann Poe", "\(String(describing: q))")
    }

    @Test func aQuestionBeforeANameAndItsCue() {
        let q = quote("“We may not get along at all, who knows?” Ortiz told Britain’s ITV station in an interview aired on Monday.",
                      containing: "who knows")
        #expect(q?.source == "Ortiz", "\(String(describing: q))")
        #expect(q?.kind == .direct)
    }

    @Test func aPossessedNounInsideTheSourcePhrase() {
        let q = quote("Another source familiar with Cruz’s thinking said, “He will try to be friendlier.”", containing: "friendlier")
        #expect(q?.source == "Another source familiar with Cruz’s thinking", "\(String(describing: q))")
        let r = quote("A source familiar with his plans said, “He will try to be friendlier.”", containing: "friendlier")
        #expect(r?.source == "A source familiar with his plans", "\(String(describing: r))")
        #expect(attributions("Starr's remarks showed a tinge of regret about the inquiry.").allSatisfy { $0.source != "Starr's remarks" })
    }

    @Test func anInfinitiveInARelativeClauseBelongsToTheSource() {
        let q = quote("An official who spoke anonymously to discuss internal strategy said Wednesday, \"There are talks.\"",
                      containing: "talks")
        #expect(q?.source == "An official who spoke anonymously to discuss internal strategy", "\(String(describing: q))")
    }

    @Test func anInheritedSubjectKeepsItsRoleWords() {
        let q = quote("Republican presidential hopeful Sen. Ann Lee was also critical of the plan, telling Radio Ten: “It is typical of this administration.”",
                      containing: "typical")
        #expect(q?.source == "Republican presidential hopeful Sen. Ann Lee", "\(String(describing: q))")
        let r = quote("“Our prayers are with the victims,” said Democratic presidential nominee Ann Lee.", containing: "prayers")
        #expect(r?.source == "Democratic presidential nominee Ann Lee", "\(String(describing: r))")
    }

    @Test func oneBeforeANounOpensTheSourcePhrase() {
        let q = quote("“I couldn’t afford to defend myself,” said one former campaign staffer.", containing: "afford")
        #expect(q?.source == "one former campaign staffer", "\(String(describing: q))")
        let r = quote("“He lies,” one said.", containing: "lies")
        #expect(r?.source == "one", "\(String(describing: r))")
    }
}
