import DossierAnalysis

/// A third blind set of invented articles in the style of US/world wire news (a budget
/// standoff, a presidential primary night, an immigration court case, an antitrust suit, a war
/// report), written and labelled by hand without running any analyser. Conventions as in
/// `ActorLabelledSet`.
extension ActorLabelledSet {
    static let b3Budget = Article(name: "b3Budget", text: """
    House passes stopgap bill as White House threatens veto

    WASHINGTON (AP) — The Republican-controlled House passed a stopgap spending bill late Thursday that would keep the government open for six more weeks, but the White House threatened a veto and Senate Democrats said the measure was dead on arrival.

    The bill, approved 218-211, would extend current funding through mid-November while cutting $9 billion from foreign aid and adding $4 billion for border enforcement. Three Republicans joined every Democrat in voting no.

    House Speaker Dale Whitcomb, R-Ind., called the vote "a responsible offer to keep the lights on" and urged the Senate to take it up before funding runs out at midnight Sept. 30. "The ball is in Ruth Ellison's court now," Whitcomb told reporters.

    Senate Majority Leader Ruth Ellison, D-Mich., said her chamber would not "rubber-stamp a partisan wish list" and would move its own bipartisan bill next week. Sen. Tom Gaddis, R-Okla., the top Republican on the Appropriations Committee, said he was open to the Senate version but wanted the border money kept in it.

    In a statement, the Office of Management and Budget (OMB) said the president's advisers would recommend a veto because the cuts would "gut programs that keep Americans safe abroad." A senior administration official, who spoke on condition of anonymity to discuss private talks, said White House chief of staff Marcus Reilly had spoken with Whitcomb twice this week.

    Conservative hard-liners had pushed for deeper cuts. Rep. Janelle Ortiz, R-Texas, who chairs the House Freedom Caucus, said the group backed the bill only after leaders promised a vote on a balanced-budget amendment. "My members are not writing any more blank checks," Ortiz said.

    Federal employee unions warned of hardship. The American Federation of Government Employees, which represents about 750,000 workers, said many of its members live paycheck to paycheck. The union's president, Everett Kline, called the threat of a shutdown "cruel and completely avoidable."

    The Congressional Budget Office estimated that a two-week shutdown would cost the economy roughly $6 billion. Wall Street shrugged off the vote, and stocks closed slightly higher.

    Agencies began sending contingency plans to employees on Friday. The Pentagon said troops would keep working without pay, and the National Park Service said most parks would close their gates.
    """, expected: [
        ("House|Republican-controlled House", .organization), ("White House", .organization),
        ("Senate Democrats", .group), ("Dale Whitcomb|Whitcomb", .person), ("Ruth Ellison|Ellison", .person),
        ("Tom Gaddis", .person), ("Office of Management and Budget|OMB", .organization),
        ("senior administration official", .person), ("Marcus Reilly", .person),
        ("Conservative hard-liners|hard-liners", .group), ("Janelle Ortiz|Ortiz", .person),
        ("House Freedom Caucus|Freedom Caucus", .organization), ("Federal employee unions", .group),
        ("American Federation of Government Employees|union", .organization), ("Everett Kline", .person),
        ("Congressional Budget Office", .organization), ("Pentagon", .organization),
        ("National Park Service", .organization),
        ("?Three Republicans|Republicans", .group), ("?Democrat|Democrats|every Democrat", .group),
        ("?Senate", .organization), ("?Appropriations Committee", .organization), ("?president", .person),
        ("?president's advisers|advisers", .group), ("?leaders", .group), ("?members", .group),
        ("?Wall Street", .organization), ("?Agencies", .group), ("?troops", .group),
        ("?AP", .organization), ("?government", .organization), ("?employees", .group),
    ])

    static let b3Primary = Article(name: "b3Primary", text: """
    Hartley wins South Carolina primary, tightening grip on GOP nomination

    COLUMBIA, S.C. — Former Tennessee Gov. Ben Hartley won South Carolina's Republican presidential primary on Saturday, beating Sen. Caroline Moss of Arizona by double digits and tightening his hold on the party's nomination.

    With 90 percent of the vote counted, Hartley had 54 percent to Moss's 39 percent, according to state election officials. Businessman Vic Delaney, who poured $40 million of his own money into the race, trailed far behind.

    "South Carolina just told the country this race is over," Hartley told cheering supporters in a hotel ballroom in Greenville. He thanked Gov. Linda Pruitt, who endorsed him in January and campaigned with him across the state in the final week.

    Moss, speaking to a smaller crowd in Charleston, vowed to stay in the race through Super Tuesday. She said her campaign had raised $3 million since Friday and accused Hartley of "hiding from every debate stage in America." Her campaign manager, Derek Sato, wrote in a memo to donors that the map "gets a lot better for us" in March.

    Exit polls showed Hartley winning evangelical voters and rural counties by wide margins, while Moss carried college-educated suburban voters around Charleston and Columbia.

    Democrats seized on the result. Democratic National Committee Chairwoman Angela Brooks said Hartley's plans for Social Security would "terrify every senior in this country." President Nolan's reelection campaign said in a statement that the Republican field had "chosen chaos."

    Outside groups spent heavily on the contest. Forward Carolina, a super PAC backing Moss, spent more than $12 million on television ads, according to the ad-tracking firm MediaTrack, while the American Renewal Fund, which supports Hartley, ran mailers attacking Moss's record on trade.

    Delaney said he would "reassess" his campaign over the weekend. Some Republicans in Washington urged Moss to drop out. Sen. Paul Wexler, R-S.C., who had stayed neutral, said late Saturday it was "time for this party to unite behind Ben."

    Turnout topped 700,000, a record for a Republican primary in the state, the South Carolina Election Commission said.
    """, expected: [
        ("Ben Hartley|Hartley", .person), ("Caroline Moss|Moss", .person), ("Vic Delaney|Delaney", .person),
        ("Linda Pruitt", .person), ("Derek Sato", .person), ("Democrats", .group),
        ("Democratic National Committee", .organization), ("Angela Brooks", .person),
        ("President Nolan's reelection campaign|reelection campaign", .organization),
        ("Forward Carolina", .organization), ("American Renewal Fund", .organization),
        ("Some Republicans in Washington|Republicans", .group), ("Paul Wexler", .person),
        ("South Carolina Election Commission", .organization),
        ("?state election officials|election officials", .group), ("?supporters|cheering supporters", .group),
        ("?South Carolina", .organization), ("?Moss's campaign|campaign|her campaign", .organization),
        ("?donors", .group), ("?evangelical voters", .group),
        ("?college-educated suburban voters|suburban voters", .group), ("?President Nolan|Nolan", .person),
        ("?Republican field", .group), ("?MediaTrack", .organization), ("?Outside groups", .group),
        ("?Republican|GOP|Republican Party|party", .organization),
    ])

    static let b3Asylum = Article(name: "b3Asylum", text: """
    Appeals court halts deportation of Houston pastor

    HOUSTON — A federal appeals court on Tuesday temporarily blocked the deportation of a Honduran pastor who has lived in Houston for 17 years, ruling that an immigration judge wrongly refused to consider new evidence that he faces death threats from gangs at home.

    A three-judge panel of the 5th U.S. Circuit Court of Appeals ordered the Board of Immigration Appeals to reopen the case of José Andrade Mejía, 46, who leads a small evangelical congregation in the city's east end.

    Andrade was detained by U.S. Immigration and Customs Enforcement in March during a routine check-in at the agency's Houston field office. ICE had planned to put him on a flight to Tegucigalpa this week.

    "The immigration judge simply did not read the letters," Judge Carla Benavides wrote for the panel, referring to threats that Andrade's relatives received last year. In a dissent, Judge Robert Stahl said the court had "no business second-guessing" the board's discretion.

    The Department of Homeland Security said it was reviewing the decision. An ICE spokeswoman said in an email that Andrade had received "full due process" and had been under a final order of removal since 2011. The Justice Department, which runs the immigration courts, declined to comment.

    His lawyer, Miriam Castellanos of the nonprofit Texas Immigrant Justice Project, said the ruling "gives a father of four the hearing he was always owed." About 200 members of his church, Iglesia Nueva Vida, have held vigils outside the detention center in Conroe every Sunday since his arrest.

    Rep. Sylvia Garza, D-Texas, who wrote to the agency in April asking for Andrade's release, called the ruling a victory for common sense. Sen. Mark Holloway, R-Texas, said in a radio interview that judges should not "rewrite immigration law from the bench."

    The case comes as the administration presses to speed up deportations amid a backlog of more than 3 million cases in the immigration courts. Honduras' Foreign Ministry said its consulate in Houston was in touch with the family.

    Andrade remains in custody. His wife, Lucía, said she had not told their youngest daughter why her father was gone. "She thinks he is away working," she said.
    """, expected: [
        ("5th U.S. Circuit Court of Appeals|federal appeals court|appeals court|court", .organization),
        ("José Andrade Mejía|Andrade|Jose Andrade Mejia", .person), ("immigration judge", .person),
        ("three-judge panel|panel", .group), ("Board of Immigration Appeals|board", .organization),
        ("U.S. Immigration and Customs Enforcement|ICE|Immigration and Customs Enforcement|agency", .organization),
        ("Carla Benavides", .person), ("Robert Stahl", .person),
        ("Department of Homeland Security", .organization), ("ICE spokeswoman", .person),
        ("Justice Department", .organization), ("Miriam Castellanos", .person),
        ("Texas Immigrant Justice Project", .organization),
        ("About 200 members of his church|members of his church", .group), ("Sylvia Garza", .person),
        ("Mark Holloway", .person), ("Honduras' Foreign Ministry|Foreign Ministry|Honduran Foreign Ministry", .organization),
        ("Lucía|His wife|wife", .person),
        ("?gangs", .group), ("?Iglesia Nueva Vida", .organization), ("?judges", .group),
        ("?administration", .organization), ("?immigration courts", .organization),
        ("?consulate|consulate in Houston", .organization), ("?Andrade's relatives|relatives", .group),
        ("?Honduras", .country), ("?family", .group),
    ])

    static let b3Antitrust = Article(name: "b3Antitrust", text: """
    U.S. and 18 states sue Crestline, alleging app store monopoly

    WASHINGTON — The Justice Department and 18 states sued Crestline Technologies on Wednesday, accusing the smartphone maker of illegally shutting out rivals by forcing app developers to use its payment system and charging them fees of up to 30 percent.

    The lawsuit, filed in federal court in San Jose, Calif., asks a judge to bar those practices and potentially to order Crestline to spin off its app store.

    "Crestline has built a wall around its customers and charges everyone a toll to get through," Attorney General Helen Marsh said at a news conference. Jonathan Pike, who heads the department's antitrust division, said the company had punished developers "who dared to tell their own customers about cheaper prices."

    Crestline said it would fight the suit. "This lawsuit is wrong on the facts and wrong on the law," the Sunnyvale, Calif.-based company said in a statement, adding that its rules protect users' privacy and security. Its chief executive, Laura Kemper, told employees in an email that the company had "never been more confident in our position," according to a person who saw the message.

    The states, led by Nebraska and New York, joined the case as co-plaintiffs. Nebraska Attorney General Dana Kruger, a Republican, said the suit showed that "standing up to Big Tech is not a partisan issue."

    App makers cheered. The Open App Alliance, a group whose members include the music service Fablehouse and the game studio Ironpine, said consumers had paid billions of dollars in inflated prices. Magnus Tell, Fablehouse's founder, said: "For a decade we have paid a tax to our biggest competitor."

    Not everyone agreed. The Digital Progress Council, a trade group that counts Crestline among its members, said the government was "punishing success." Some antitrust scholars said the case could take years. "This will be a long, expensive fight, and the outcome is far from certain," said Eleanor Vance, a law professor at Vanderbilt University.

    Lawmakers from both parties welcomed the suit. Sen. Rachel Dunmore, D-Minn., said Congress should also pass her bill to open app stores, and Sen. Curtis Vaughn, R-Mo., said he would hold hearings.

    Crestline shares fell 3 percent. The company faces a similar investigation by the European Commission, which fined it 1.2 billion euros last year.
    """, expected: [
        ("Justice Department|department", .organization), ("18 states|states", .group),
        ("Crestline Technologies|Crestline|company", .organization), ("Helen Marsh", .person),
        ("Jonathan Pike", .person), ("Laura Kemper", .person), ("person who saw the message", .person),
        ("Dana Kruger", .person), ("App makers", .group), ("Open App Alliance", .organization),
        ("Magnus Tell", .person), ("Digital Progress Council", .organization),
        ("Some antitrust scholars|antitrust scholars|scholars", .group), ("Eleanor Vance", .person),
        ("Lawmakers from both parties|lawmakers", .group), ("Rachel Dunmore", .person),
        ("Curtis Vaughn", .person), ("European Commission", .organization),
        ("?app developers|developers", .group), ("?federal court", .organization), ("?judge", .person),
        ("?antitrust division", .organization), ("?employees", .group), ("?Nebraska", .organization),
        ("?New York", .organization), ("?Fablehouse", .organization), ("?Ironpine", .organization),
        ("?consumers", .group), ("?government", .organization), ("?Congress", .organization),
        ("?Vanderbilt University", .organization), ("?rivals", .group), ("?U.S.|United States", .country),
    ])

    static let b3Sudan = Article(name: "b3Sudan", text: """
    Shelling kills dozens in Sudan's El Obeid as Red Cross warns aid has stalled

    PORT SUDAN, Sudan (Reuters) — Artillery fire killed at least 38 civilians in the central Sudanese city of El Obeid on Sunday, local health officials said, as the paramilitary Rapid Support Forces pressed an offensive against the army-held city and the Red Cross warned that aid deliveries had all but stopped.

    The Sudanese Armed Forces said in a statement that its troops had repelled an attack on the city's eastern outskirts and killed "hundreds of militia fighters." The RSF, which has been at war with the army since April 2023, denied targeting civilians and accused the military of using residential neighborhoods as cover. Neither claim could be independently verified.

    The Health Ministry, which moved to Port Sudan after the war drove the government out of Khartoum, said the city's main hospital had run out of blood. Dr. Hiba Osman, a surgeon there, told reporters by phone that staff were operating by flashlight. "We are choosing who to save," she said.

    The International Committee of the Red Cross (ICRC) said its trucks had been stuck for 11 days at a checkpoint south of Kosti. Pierre Lambert, head of the ICRC's delegation in Sudan, urged all parties to allow safe passage for medical supplies.

    Sudan's Foreign Ministry again accused the United Arab Emirates of arming the RSF, a charge Abu Dhabi has repeatedly denied. An Emirati official called the accusation baseless and said the UAE had sent more than $600 million in humanitarian aid.

    Neighborhood volunteer groups known as emergency response rooms have run communal kitchens in El Obeid for months. One volunteer, Ahmed Babiker, 24, said food prices had tripled since the road to Kosti was cut. "People are eating one meal a day, if that," he said.

    Washington on Monday announced sanctions on two RSF commanders it said were responsible for attacks on displacement camps. Secretary of State Miles Garrison said the United States would "hold accountable those who target civilians, on every side."

    Egypt, which backs the army, called for an immediate ceasefire, while the African Union said its special envoy would travel to Port Sudan this week.
    """, expected: [
        ("local health officials|health officials", .group), ("Rapid Support Forces|RSF", .organization),
        ("International Committee of the Red Cross|ICRC|Red Cross", .organization),
        ("Sudanese Armed Forces|army|military", .organization), ("Health Ministry", .organization),
        ("Hiba Osman", .person), ("Pierre Lambert", .person),
        ("Sudan's Foreign Ministry|Foreign Ministry", .organization),
        ("United Arab Emirates|UAE|Abu Dhabi", .country), ("Emirati official", .person),
        ("emergency response rooms|Neighborhood volunteer groups|volunteer groups", .group),
        ("Ahmed Babiker", .person), ("United States|Washington", .country), ("Miles Garrison", .person),
        ("Egypt", .country), ("African Union", .organization),
        ("?troops", .group), ("?militia fighters", .group), ("?government", .organization),
        ("?staff", .group), ("?two RSF commanders|RSF commanders", .group), ("?special envoy|envoy", .person),
        ("?Sudan", .country), ("?all parties", .group), ("?Reuters", .organization), ("?civilians", .group),
    ])

    static let blind3: [Article] = [b3Budget, b3Primary, b3Asylum, b3Antitrust, b3Sudan]
}
