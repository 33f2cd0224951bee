import DossierAnalysis

/// Four invented articles in the style of the training corpus (US politics with party-state
/// tags, a police shooting in court, a strike at a manufacturer, foreign affairs), written and
/// labelled before anything was run on them, for the fifth round of actor work.
/// Conventions as in `ActorLabelledSet`.
///
/// Measured once before any change made for them: recall 46/49 = 0.939, precision 46/54 =
/// 0.852 (missed: the machinists, their union district, the Committee to Protect Journalists;
/// extras: "Air Force", "R-Alaska", the officer split from his name, "company" and "union" apart
/// from the organisations they describe, the Foreign Ministry split from Russia).
extension ActorLabelledSet {
    static let senate = Article(name: "senate", text: """
    Senate Democrats block GOP spending bill over border money

    WASHINGTON (AP) — Senate Democrats on Thursday blocked a Republican spending bill that would have kept the government open through December, saying it shortchanged disaster relief and padded funding for a border wall.

    The 52-46 vote fell short of the 60 needed to advance the measure. Senate Majority Leader Mitch Hollis, R-Ky., accused Democrats of "playing chicken with the paychecks of our troops" and said he would bring the bill back on Monday.

    Sen. Dana Whitfield, D-Calif., said her party would not "sign a blank check for a wall that Mexico was supposed to pay for." She said Democrats were ready to pass a clean bill within hours.

    The White House blamed Democrats for the impasse. Press secretary Gary Lindqvist told reporters aboard Air Force One that the president "has done his part" and expected Congress to do its part.

    Two Republicans, Sen. Ellen Marsh of Maine and Sen. Rob Keating, R-Alaska, voted with Democrats. Marsh said in a statement that the disaster money for Puerto Rico was "a moral obligation, not a bargaining chip."

    The Congressional Budget Office estimated last month that a shutdown lasting two weeks would cost the economy about $6 billion. Federal employee unions warned that hundreds of thousands of workers would go without pay.

    House Speaker Paul Brenner, R-Wis., said the House would not take up any bill until the Senate acted. "The ball is in Chuck's court," Brenner said, referring to Senate Minority Leader Chuck Delaney, D-N.Y.

    Delaney shot back that Republicans controlled both chambers and the White House. "They own this," he said.
    """, expected: [
        ("Senate Democrats|Democrats", .group), ("Mitch Hollis", .person), ("Dana Whitfield", .person),
        ("White House", .organization), ("Gary Lindqvist", .person), ("Ellen Marsh", .person),
        ("Rob Keating", .person), ("Congressional Budget Office", .organization),
        ("Federal employee unions", .group), ("Paul Brenner", .person), ("Chuck Delaney", .person),
        ("?president", .person), ("?Congress", .organization), ("?House", .organization), ("?Senate", .organization),
        ("?Republicans|Two Republicans", .group), ("?Mexico", .country), ("?AP|Associated Press", .organization),
        ("?workers", .group), ("?reporters", .group),
    ])

    static let shooting = Article(name: "shooting", text: """
    Officer charged in shooting of unarmed man during traffic stop

    RIDGEPORT, Ohio — A Ridgeport police officer was charged Tuesday with reckless homicide in the death of an unarmed man who was shot during a traffic stop last month, prosecutors said.

    Hamilton County Prosecutor Joseph Tremont said at a news conference that Officer Kyle Brandt "made a series of unreasonable decisions" in the seconds before he fired. Brandt, 31, turned himself in Tuesday afternoon and was released on $50,000 bond.

    The shooting of Marcus Reed, 43, a father of three, set off two nights of protests in the city. Video from a dashboard camera released by the police department last week showed Reed with his hands raised moments before he was shot.

    Brandt's lawyer, Gina Castellano, said her client had feared for his life and "will be vindicated in court." The Fraternal Order of Police Lodge 69 said in a statement that it stood behind the officer and criticized what it called a rush to judgment.

    Police Chief Anthony Miles said the officer had been placed on unpaid leave. "The public deserves answers, and they will get them," Miles said.

    Reed's family, through attorney Benjamin Okafor, said the charge was a first step. "Marcus should be alive today," his sister, Tamika Reed, told reporters outside the courthouse.

    The Justice Department's civil rights division has opened a separate investigation, a department spokeswoman said. The American Civil Liberties Union of Ohio called for an independent review of the police department's use-of-force policy.

    Mayor Linda Cho asked residents to remain calm. "Let the process work," she said.
    """, expected: [
        ("Ridgeport police department|police department|Ridgeport police", .organization),
        ("Joseph Tremont", .person), ("Kyle Brandt", .person), ("Marcus Reed", .person),
        ("Gina Castellano", .person), ("Fraternal Order of Police Lodge 69|Fraternal Order of Police", .organization),
        ("Anthony Miles", .person), ("Reed's family|family|Reed’s family", .group), ("Benjamin Okafor", .person),
        ("Tamika Reed", .person), ("Justice Department|Justice Department's civil rights division|civil rights division", .organization),
        ("department spokeswoman|spokeswoman", .person),
        ("American Civil Liberties Union of Ohio|ACLU of Ohio", .organization), ("Linda Cho", .person),
        ("?prosecutors", .group), ("?residents", .group), ("?public", .group), ("?reporters", .group),
    ])

    static let strike = Article(name: "strike", text: """
    Machinists at Carrow Aerospace vote to strike

    SEATTLE — Machinists at Carrow Aerospace voted overwhelmingly on Sunday to strike after the company and their union failed to agree on pensions, setting up the first walkout at the planemaker in eight years.

    About 94 percent of members of the International Association of Machinists District 751 who cast ballots rejected the company's final offer, the union said. The strike could begin Wednesday and would halt production at plants in Everett and Renton.

    "Our members have spoken loud and clear," said District 751 President Marla Jennings. "They will not give up a pension they earned for a 401(k) that rises and falls with Wall Street."

    Carrow said it was disappointed. In a statement, the company said its offer included a 12 percent raise over four years and a $10,000 signing bonus, and it urged the union to return to the table. Chief executive Douglas Whitmore told employees in a memo that the company "cannot afford a pension plan designed for another century."

    Investors were less worried. Shares of Carrow fell 1.2 percent in early trading. Priya Natarajan, an aerospace analyst at Keller Brothers, said a strike lasting a month would cost the company about $1.5 billion in delayed deliveries.

    Airlines waiting for jets were watching closely. A spokesman for Pacifica Airlines said the carrier had "contingency plans" if deliveries slipped.

    Gov. Karen Lindgren urged both sides to keep talking. The state's economy depends on 80,000 aerospace jobs, she said. The Pacific Northwest Carpenters' Council said its members would not cross picket lines, and the AFL-CIO said it backed the strike.
    """, expected: [
        ("Machinists at Carrow Aerospace|machinists", .group), ("Carrow Aerospace|Carrow", .organization),
        ("International Association of Machinists District 751|District 751|International Association of Machinists", .organization),
        ("Marla Jennings", .person), ("Douglas Whitmore", .person), ("Priya Natarajan", .person),
        ("Pacifica Airlines", .organization), ("spokesman for Pacifica Airlines|spokesman", .person),
        ("Karen Lindgren", .person),
        ("Pacific Northwest Carpenters' Council|Pacific Northwest Carpenters’ Council", .organization),
        ("AFL-CIO", .organization),
        ("?members", .group), ("?Investors", .group), ("?Keller Brothers", .organization), ("?Airlines", .group),
        ("?employees", .group), ("?Wall Street", .organization),
    ])

    static let ankara = Article(name: "ankara", text: """
    EU presses Turkey over detained journalists as NATO ministers meet

    BRUSSELS (Reuters) — The European Union on Wednesday called on Turkey to release a dozen journalists detained since last month's failed coup, as NATO foreign ministers met in Brussels amid growing strains within the alliance.

    "Freedom of the press is not negotiable for a country that wants to join the European Union," the EU's foreign policy chief, Helena Marquardt, told reporters. The bloc would review pre-accession funds for Ankara at its next summit, she said.

    Turkish Foreign Minister Mehmet Aydin rejected the criticism, saying the detainees were suspected of links to the coup plotters and that Turkey's courts were independent. "We do not take lessons from those who stood silent while our parliament was bombed," he said.

    NATO Secretary-General Arne Solheim said Turkey remained "a valued ally" and declined to comment on the detentions. Diplomats said the alliance was more worried about Ankara's warming ties with Moscow.

    Russia's Foreign Ministry said in a statement that Western governments were using human rights as a pretext to interfere in Turkey's internal affairs. Spokeswoman Irina Volkova said Moscow would host Turkish officials for energy talks next week.

    The Committee to Protect Journalists said Turkey now held more journalists behind bars than any other country. Its Europe director, Tomas Haddad, said the detentions had "gutted" independent reporting.

    U.S. Secretary of State Martin Greer said Washington shared the EU's concerns but would raise them privately.
    """, expected: [
        ("European Union|EU|bloc", .organization), ("Turkey|Ankara", .country), ("NATO|alliance", .organization),
        ("Helena Marquardt", .person), ("Mehmet Aydin", .person), ("Arne Solheim", .person), ("Diplomats", .group),
        ("Russia's Foreign Ministry|Foreign Ministry|Russian Foreign Ministry|Russia|Moscow|Russia’s Foreign Ministry", .organization),
        ("Irina Volkova", .person), ("Committee to Protect Journalists|CPJ", .organization), ("Tomas Haddad", .person),
        ("Martin Greer", .person), ("United States|Washington|U.S.|US", .country),
        ("?NATO foreign ministers|foreign ministers", .group), ("?journalists|dozen journalists|detainees", .group),
        ("?coup plotters", .group), ("?Western governments", .group), ("?Reuters", .organization),
        ("?Turkish officials", .group), ("?courts|Turkey's courts", .organization), ("?parliament", .organization),
        ("?reporters", .group),
    ])

    static let dev5: [Article] = [senate, shooting, strike, ankara]
}
