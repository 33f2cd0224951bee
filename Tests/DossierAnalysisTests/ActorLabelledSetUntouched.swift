import DossierAnalysis

/// Three more invented articles, in styles the first two sets do not cover (a parliamentary
/// debate, a sports-governance doping story, a health and science story), written and measured
/// once before any actor change made for them: the untouched figure (`ActorLabelledSetTests`).
/// Conventions as in `ActorLabelledSet`.
extension ActorLabelledSet {
    static let parliament = Article(name: "parliament", text: """
    MPs reject pension reform after stormy Commons debate

    LONDON — The House of Commons voted down the government's pension reform bill late on Tuesday after a six-hour debate in which several Conservative backbenchers joined Labour and the Liberal Democrats in opposing it.

    Opening the debate, Work and Pensions Secretary Alistair Brooke said the bill would protect pensions for a generation. "Doing nothing is not an option," he told MPs. "The money will run out."

    Shadow pensions minister Priya Raman said the reform asked younger workers to pay more for less. Labour would scrap the plan and consult again with unions and employers, she said.

    The Scottish National Party (SNP) said the bill ignored Scotland, and its Westminster leader, Fiona Carmichael, called the vote "a verdict on a government that has stopped listening". Plaid Cymru also voted against.

    Downing Street said the prime minister was disappointed but would not resign. A Treasury source said ministers would bring back a revised bill in the autumn.

    The Trades Union Congress (TUC) welcomed the result. Its general secretary, Martin Hale, said millions of workers had been spared a later retirement age. Business groups were divided: the Confederation of British Industry said the uncertainty would hurt investment, while the Federation of Small Businesses said its members had never backed the plan.

    Outside Parliament, several hundred pensioners who had travelled from Manchester and Leeds cheered as the result was announced.
    """, expected: [
        ("House of Commons|Commons", .organization), ("Conservative backbenchers|backbenchers|several Conservative backbenchers", .group),
        ("Labour|Labour Party", .organization), ("Liberal Democrats", .organization), ("Alistair Brooke", .person),
        ("Priya Raman", .person), ("Scottish National Party|SNP", .organization), ("Fiona Carmichael", .person),
        ("Plaid Cymru", .organization), ("Downing Street", .organization), ("Treasury source", .person),
        ("Trades Union Congress|TUC", .organization), ("Martin Hale", .person), ("Confederation of British Industry", .organization),
        ("Federation of Small Businesses", .organization),
        ("?government", .organization), ("?MPs", .group), ("?ministers", .group), ("?Business groups", .group),
        ("?pensioners|several hundred pensioners", .group), ("?Conservative|Conservatives|Conservative Party", .organization),
        ("?prime minister", .person), ("?Treasury", .organization), ("?Parliament", .organization),
        ("?unions", .group), ("?employers", .group), ("?members", .group), ("?Scotland", .country),
    ])

    static let doping = Article(name: "doping", text: """
    Sprinter banned for four years as federation defends testing

    LAUSANNE — The Court of Arbitration for Sport (CAS) on Thursday upheld a four-year ban on Kenyan sprinter Daniel Kiprop for the use of a banned blood booster, ending his hopes of competing at next year's world championships.

    Kiprop, 27, had argued that his sample was contaminated at a laboratory in Nairobi. The three-judge panel rejected that defence, saying in its ruling that the chain of custody had been "complete and properly documented".

    The World Anti-Doping Agency (WADA) welcomed the decision. "Clean athletes deserve to know that the rules apply to everyone," WADA president Ingrid Halvorsen said in a statement.

    Athletics Kenya, the national federation, said it respected the ruling but criticised the time the case had taken. Its chief executive, Joseph Mwangi, said the federation had tested more than 900 athletes last year.

    Kiprop's lawyer, Sophie Delacroix, said her client was considering an appeal to the Swiss Federal Tribunal. "Daniel has never knowingly taken anything," she said.

    Several of his former training partners said they were shocked. The Athletes' Commission of World Athletics called for faster hearings, saying athletes waited too long for decisions that ended careers.

    Nairobi has hosted two international meetings this year, and the Kenyan sports ministry said on Friday it would fund a new testing laboratory in Eldoret.
    """, expected: [
        ("Court of Arbitration for Sport|CAS", .organization), ("Daniel Kiprop|Kiprop", .person),
        ("three-judge panel|panel", .group), ("World Anti-Doping Agency|WADA", .organization),
        ("Ingrid Halvorsen", .person), ("Athletics Kenya", .organization), ("Joseph Mwangi", .person),
        ("Sophie Delacroix", .person), ("former training partners|Several of his former training partners|training partners", .group),
        ("Athletes' Commission of World Athletics|Athletes' Commission|Athletes’ Commission of World Athletics|Athletes’ Commission", .organization),
        ("Kenyan sports ministry|sports ministry", .organization),
        ("?World Athletics", .organization), ("?Swiss Federal Tribunal", .organization), ("?athletes", .group),
        ("?Kenya", .country),
    ])

    static let science = Article(name: "science", text: """
    Regulator approves first nasal vaccine against RSV

    The European Medicines Agency (EMA) on Wednesday recommended approval of a nasal spray vaccine against respiratory syncytial virus, the first of its kind, after a trial showed it cut hospital admissions among older adults by more than half.

    The vaccine, developed by the Danish biotech firm Nordavax with researchers at the University of Copenhagen, was tested on 24,000 people over 60 in nine countries. Professor Lise Bech, who led the trial, said the results were "better than we dared to hope".

    Nordavax chief executive Henrik Lund said the company would apply for approval in the United States within weeks and could deliver 50 million doses next winter. Shares in the company rose 18 percent in Copenhagen.

    The World Health Organization said RSV killed tens of thousands of older people every year. Dr. Amara Nwosu, a WHO adviser on respiratory diseases, said cheaper vaccines were needed for poorer countries.

    Not everyone was convinced. Independent experts at the Cochrane Collaboration said the trial had been too short to show how long protection lasted. A spokeswoman for the German health ministry said Berlin would wait for its own vaccine committee, STIKO, before recommending the spray.

    Pharmacists in Denmark said they expected strong demand.
    """, expected: [
        ("European Medicines Agency|EMA", .organization), ("Nordavax", .organization),
        ("University of Copenhagen|researchers at the University of Copenhagen|researchers", .organization),
        ("Lise Bech", .person), ("Henrik Lund", .person), ("World Health Organization|WHO", .organization),
        ("Amara Nwosu", .person), ("Independent experts at the Cochrane Collaboration|independent experts|experts", .group),
        ("spokeswoman for the German health ministry|spokeswoman", .person),
        ("German health ministry|health ministry|Berlin|Germany", .organization), ("STIKO|vaccine committee", .organization),
        ("Pharmacists in Denmark|pharmacists", .group),
        ("?Cochrane Collaboration", .organization), ("?United States", .country),
    ])

    static let untouched: [Article] = [parliament, doping, science]
}
