import DossierAnalysis

/// Invented articles in six styles with the actors a reader would list: every person,
/// organisation, country or group that speaks, acts or takes a stance; places that only locate
/// are not actors. Written before the actor stages were tuned on them, to measure recall and
/// precision honestly (`ActorLabelledSetTests`).
///
/// An expected actor is `"name|other accepted name"` (accepted names compare without case and
/// without a leading "the"/"a"/"an"); a leading `?` marks a borderline actor: listing it is not
/// an error and missing it is not a miss.
enum ActorLabelledSet {
    struct Article {
        var name: String
        var text: String
        var expected: [(String, ActorType)]
    }

    static let wire = Article(name: "wire", text: """
    Germany and France push for emergency EU energy talks as gas prices soar

    BRUSSELS, June 3 (Northwind Wire) — Germany and France called on Tuesday for an emergency meeting of European Union energy ministers after gas prices jumped by a third in a week, while Moscow blamed Western sanctions for the surge.

    German Economy Minister Katrin Vollmer told reporters in Brussels that the bloc could not wait until the autumn summit. "Every week we lose costs households and factories billions," she said.

    Her French counterpart, Olivier Marchand, said Paris backed a joint purchasing scheme and would put forward a proposal on Thursday.

    Kremlin spokesman Dmitry Peskov said Russia had fulfilled all its contracts and that the price rise was "the direct result of Europe's own decisions". Peskov said the Kremlin saw no reason to change its supply policy.

    The European Commission said it was studying the proposal. A Commission spokeswoman, Elena Sorensen, said the EU executive would present options to ministers next week.

    Poland, which has long argued for a price cap, welcomed the call. Warsaw wants any scheme to cover liquefied natural gas shipped from the United States and Qatar, a senior Polish diplomat said.

    Traders in London and Amsterdam said the market remained nervous. Prices at the Dutch TTF hub fell slightly after the announcement.
    """, expected: [
        ("Germany", .country), ("France", .country), ("Russia|Moscow|Kremlin", .country),
        ("Katrin Vollmer", .person), ("Olivier Marchand", .person), ("Dmitry Peskov", .person),
        ("European Commission|Commission", .organization), ("Elena Sorensen", .person), ("Poland|Warsaw", .country),
        ("senior Polish diplomat|Polish diplomat", .person), ("Traders in London and Amsterdam|traders", .group),
        ("?European Union|EU", .organization), ("?Northwind Wire", .organization),
        ("?European Union energy ministers|EU energy ministers|energy ministers", .group),
    ])

    static let business = Article(name: "business", text: """
    Halvorsen Group agrees $2.1 billion takeover of Brightline Logistics

    OSLO — Halvorsen Group, the Norwegian shipping and logistics company, said on Monday it had agreed to buy Brightline Logistics for $2.1 billion, creating the largest freight forwarder in northern Europe.

    Halvorsen chief executive Ingrid Solberg said the deal would give the combined company the scale to compete with larger rivals. "Customers want one partner from the factory gate to the shop shelf," she said on a call with analysts.

    Brightline's board unanimously recommended the offer. Its chairman, Thomas Ekdahl, said shareholders would receive a premium of 34 percent over Friday's closing price.

    The International Transport Workers' Federation (ITF) said it feared job losses at Brightline's depots in Sweden and Denmark. An ITF official said the union would seek talks with both companies.

    Shares in Halvorsen rose 4 percent in Oslo. Analysts at Nordbank Markets said the price was full but fair. "They are paying for growth, and the growth is there," said Lars Myhre, an analyst at Nordbank Markets.

    The deal needs approval from the European Commission and from competition authorities in Norway. The Norwegian Competition Authority said it would review the transaction.

    Halvorsen was advised by Morgan Hale, and Brightline by Castell & Reed.
    """, expected: [
        ("Halvorsen Group|Halvorsen", .organization), ("Brightline Logistics|Brightline", .organization),
        ("Ingrid Solberg", .person), ("Thomas Ekdahl", .person),
        ("International Transport Workers' Federation|ITF", .organization), ("ITF official", .person),
        ("Analysts at Nordbank Markets|analysts", .group), ("Lars Myhre", .person),
        ("Norwegian Competition Authority", .organization),
        ("?Brightline's board|board", .group), ("?Nordbank Markets", .organization), ("?European Commission", .organization),
        ("?Morgan Hale", .organization), ("?Castell & Reed", .organization), ("?shareholders", .group),
        ("?competition authorities in Norway|competition authorities", .group),
    ])

    static let court = Article(name: "court", text: """
    Judge blocks Marlow's ban on short-term rentals

    A federal judge on Friday blocked the city of Marlow from enforcing its ban on short-term rentals, ruling that the city had failed to show the ban was needed to protect housing.

    Judge Miriam Oduya of the US District Court said in a 30-page ruling that the ordinance "sweeps far more broadly than any problem the city has identified." She granted a preliminary injunction requested by a group of property owners and the rental platform StayWell.

    Marlow City Attorney Raymond Tse said the city would appeal. "We respectfully disagree with the court and will ask the Court of Appeals to let the ordinance take effect," Tse said in a statement.

    Lawyers for the plaintiffs said the ruling vindicated homeowners who had rented rooms for years without complaint. "This was never about a few bad actors," said Nadia Kerr, who represents the owners.

    StayWell welcomed the decision. The company said in a statement that it would keep working with the city on registration rules.

    Tenant advocates criticised the ruling. The Marlow Tenants Union said rents in the city centre had risen 40 percent since 2019, driven in part by homes turned into holiday lets. Union organiser Felipe Arroyo said the group would lobby the state legislature for a law that would survive in court.

    The case is Harlan Properties v. City of Marlow.
    """, expected: [
        ("Miriam Oduya|federal judge", .person), ("Marlow|city of Marlow|city", .organization),
        ("group of property owners|property owners", .group), ("StayWell", .organization), ("Raymond Tse", .person),
        ("Lawyers for the plaintiffs|lawyers", .group), ("Nadia Kerr", .person), ("Tenant advocates", .group),
        ("Marlow Tenants Union", .organization), ("Felipe Arroyo", .person),
        ("?US District Court|court", .organization), ("?Court of Appeals", .organization),
        ("?Harlan Properties", .organization), ("?state legislature", .organization),
        ("?homeowners", .group), ("?owners", .group),
    ])

    static let council = Article(name: "council", text: """
    Residents pack hall as Eastfield debates bus depot plan

    EASTFIELD — More than 300 residents crowded into the Eastfield community hall on Wednesday night as the borough council debated plans to turn the old gasworks site into a bus depot.

    Supporters of the plan said it would bring 150 jobs to an area that had lost its main employers. Opponents warned of diesel fumes and traffic on roads already used by children walking to school.

    Council leader Sandra Whitlock told the meeting that no decision had been taken. "We are here to listen," she said. "Nothing has been signed."

    Several parents said they had not been consulted. One mother, who asked not to be named, said her son's asthma had worsened since buses began idling near the school gates.

    The transport operator Greenline, which would run the depot, said its new buses were electric and would produce no exhaust. A Greenline spokesman said the company had offered to pay for a new crossing outside the primary school.

    Opposition councillors accused the leadership of deciding behind closed doors. Liberal councillor Tom Achterberg said the council's own officers had recommended a different site.

    Officials from the county's planning department said a full environmental report would be published in July.

    Some residents left before the vote. Others stayed until after midnight, when the council agreed to defer the decision until September.
    """, expected: [
        ("borough council|council|Eastfield council", .organization), ("Supporters of the plan|supporters", .group),
        ("Opponents", .group), ("Sandra Whitlock", .person), ("Several parents|parents", .group),
        ("One mother|mother", .person), ("Greenline", .organization), ("Greenline spokesman|spokesman", .person),
        ("Opposition councillors|councillors", .group), ("Tom Achterberg", .person),
        ("Officials from the county's planning department|officials|Officials from the county’s planning department", .group),
        ("?residents|More than 300 residents|Some residents", .group), ("?Eastfield", .organization),
        ("?leadership", .group), ("?officers|council's own officers", .group), ("?Others", .group),
    ])

    static let siblings = Article(name: "siblings", text: """
    Rival Kovacs siblings clash over family vineyard sale

    SZEKSZARD — A dispute between two heirs of one of Hungary's oldest wine estates spilled into the open on Monday when Anna Kovacs accused her brother Peter of selling the family vineyard behind her back.

    Peter Kovacs, who has run the estate since their father's death in 2019, confirmed that he had signed a preliminary agreement with the French drinks group Maison Albret. He said the estate had lost money for four years and needed investment to survive.

    "I did what I had to do to save the vineyard," Peter Kovacs said. "My sister was told about every offer."

    Anna Kovacs, a lawyer in Budapest, said she had learned of the deal from a newspaper. "My brother has no right to sell what belongs to both of us," Ms. Kovacs said. She has asked a court to freeze the sale.

    Maison Albret declined to comment. A person familiar with the talks said the French group had offered about 12 million euros.

    Local growers fear the sale will push up land prices. Gabor Nagy, who heads the regional growers' association, said small farmers could no longer compete. Kovacs, the brother, has said the new owners would keep all 40 workers.
    """, expected: [
        ("Anna Kovacs", .person), ("Peter Kovacs", .person), ("Maison Albret", .organization),
        ("person familiar with the talks", .person), ("Local growers", .group), ("Gabor Nagy", .person),
        ("?regional growers' association|growers' association", .organization), ("?small farmers", .group),
        ("?new owners", .group),
    ])

    static let floods = Article(name: "floods", text: """
    Floods cut roads across the Rhine valley

    COLOGNE — Heavy rain flooded towns along the Rhine on Sunday, cutting rail links between Cologne and Bonn and forcing hundreds of people to leave their homes in Koblenz and Mainz.

    The river rose above eight metres in Cologne, its highest level since 2021. Roads near Lake Constance and in the Black Forest were closed.

    The German Weather Service warned that more rain would fall over Bavaria and Baden-Wuerttemberg on Monday. Its meteorologist Jonas Brandt said the worst could come on Tuesday, when the water from the Alps reaches the lower Rhine.

    Firefighters in Bonn rescued dozens of people from cars trapped on flooded roads. Fire chief Martina Roth said crews had worked through the night.

    Rail operator Deutsche Bahn said trains between Frankfurt and Amsterdam would be diverted through Duesseldorf until at least Wednesday.

    In neighbouring Switzerland, Basel reported the Rhine at its highest level in a decade, and in France, the town of Strasbourg opened shelters for people from low-lying streets.
    """, expected: [
        ("German Weather Service", .organization), ("Jonas Brandt", .person),
        ("Firefighters in Bonn|firefighters", .group), ("Martina Roth", .person), ("Deutsche Bahn", .organization),
        ("?Basel", .organization), ("?Strasbourg|town of Strasbourg", .organization), ("?crews", .group),
    ])

    static let all: [Article] = [wire, business, court, council, siblings, floods]

    // Written after the actor stages were tuned on the six above, and measured once without
    // tuning: the honest figure.

    static let health = Article(name: "health", text: """
    Hospital strike called off after overnight talks

    LEEDS — Junior doctors at three hospitals in West Yorkshire called off a 48-hour strike on Thursday after the British Medical Association reached a deal with hospital managers over night shifts.

    The BMA said the agreement would cap consecutive night shifts at four and guarantee rest breaks. "Our members stood firm, and patients will be safer for it," said Dr. Hannah Okoye, who chairs the association's regional junior doctors committee.

    Leeds Teaching Hospitals NHS Trust said in a statement that planned operations would go ahead as scheduled. Its chief executive, Martin Gould, thanked staff for their patience.

    Health Secretary Victoria Ames welcomed the deal but warned that other trusts could not afford the same terms. Patient groups said they were relieved. Nurses at the same hospitals, who are not covered by the agreement, are due to vote on strike action next month, according to the Royal College of Nursing.
    """, expected: [
        ("Junior doctors at three hospitals in West Yorkshire|junior doctors", .group),
        ("British Medical Association|BMA", .organization), ("Hannah Okoye", .person),
        ("Leeds Teaching Hospitals NHS Trust", .organization), ("Martin Gould", .person), ("Victoria Ames", .person),
        ("Patient groups", .group), ("Royal College of Nursing", .organization),
        ("?hospital managers", .group), ("?Nurses at the same hospitals|nurses", .group),
        ("?regional junior doctors committee", .organization), ("?staff", .group), ("?other trusts", .group),
    ])

    static let election = Article(name: "election", text: """
    Opposition cries foul as Mirovia counts votes

    The opposition in Mirovia accused the electoral commission on Monday of delaying results from the capital to help President Daniel Voss secure a third term.

    Elena Petrov, who leads the opposition Civic Alliance, told supporters outside the commission's headquarters that her party had evidence of ballot stuffing in at least 40 polling stations. "We will not accept a stolen election," she said.

    The commission's chairman, Oleg Marin, rejected the accusation and said counting was proceeding normally. International observers from the Organization for Security and Co-operation in Europe (OSCE) said the vote had been orderly but that the campaign was marred by unequal access to state television.

    The European Union urged calm. Neighbouring Kastria said it would recognise whatever result the commission announced. Petrov and her ally Ivan Petrov, a former finance minister who is not related to her, plan a rally on Wednesday.
    """, expected: [
        ("opposition", .group), ("electoral commission|commission", .organization), ("Daniel Voss", .person),
        ("Elena Petrov", .person), ("Civic Alliance", .organization), ("Oleg Marin", .person),
        ("International observers from the Organization for Security and Co-operation in Europe|observers|International observers", .group),
        ("Organization for Security and Co-operation in Europe|OSCE", .organization), ("European Union|EU", .organization),
        ("Kastria", .country), ("Ivan Petrov", .person),
        ("?Mirovia", .country), ("?supporters", .group),
    ])

    static let heldOut: [Article] = [health, election]
}
