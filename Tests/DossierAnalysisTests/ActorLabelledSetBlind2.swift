import DossierAnalysis

/// A second blind set: five invented articles in the style of US and world news (a Senate
/// campaign, a police shooting charge, an earnings report during a strike, a deadlocked UN
/// Security Council, a city council arena vote), written and labelled by hand without running
/// any analyser on them, to be measured once and never tuned on. Conventions as in
/// `ActorLabelledSet`. Never edit these texts or labels to make a figure come out.
extension ActorLabelledSet {
    static let b2Campaign = Article(name: "b2Campaign", text: """
    Hargrove enters Ohio Senate race, setting up costly Republican primary

    COLUMBUS, Ohio — Gov. Dale Hargrove announced on Tuesday that he will run for the U.S. Senate next year, setting up a bruising Republican primary against Rep. Celia Brandt, R-Ohio, and handing Democrats an opening in a state they have not won statewide in a decade.

    "Washington needs somebody who has actually balanced a budget," Hargrove, 61, told about 400 supporters at a machine shop in Marion. The two-term governor promised to bring "Ohio common sense" to the Senate and said he would not accept money from corporate political action committees.

    Brandt, a three-term congresswoman who entered the race in March, was quick to hit back. Her campaign manager, Owen Pruitt, called the governor "a career politician who raised the gas tax and now wants a promotion." Brandt herself struck a softer tone, telling reporters in Dayton that she welcomed the competition and that voters "deserve a real choice."

    The National Republican Senatorial Committee (NRSC) has not endorsed either candidate. An NRSC spokesman said the committee would support "whoever Ohio Republicans choose," but two people familiar with the committee's deliberations said its leaders had privately urged Hargrove to run, believing he would fare better in a general election.

    The winner will face Sen. Ruth Ellison, D-Ohio, who is seeking a third term. Ellison said in a statement that she looked forward to "a debate about who is on the side of working families." Her campaign said it had raised $4.2 million in the first quarter and had $11 million in the bank.

    Outside money is expected to pour in. Buckeye Forward, a super PAC allied with Brandt, has already reserved $3 million in television advertising for the spring. Its president, Lisa Tran, said the group would "make sure every primary voter knows the governor's record." The Ohio Democratic Party, meanwhile, accused both Republicans of backing cuts to Social Security, a charge their campaigns denied.

    Karen Whitley, a political scientist at the University of Akron, said Hargrove starts with better name recognition but that Republican primary voters in the state have lately favored outsiders. "Being the establishment pick is not the asset it used to be," she said.

    A poll released last week by Lakeshore Research showed Ellison narrowly ahead of both Republicans.
    """, expected: [
        ("Dale Hargrove|Hargrove|Gov. Dale Hargrove|governor", .person),
        ("Celia Brandt|Brandt|Rep. Celia Brandt", .person), ("Owen Pruitt", .person),
        ("National Republican Senatorial Committee|NRSC|committee", .organization),
        ("NRSC spokesman|spokesman|An NRSC spokesman", .person),
        ("Ruth Ellison|Ellison|Sen. Ruth Ellison", .person), ("Buckeye Forward", .organization),
        ("Lisa Tran", .person), ("Ohio Democratic Party", .organization), ("Karen Whitley", .person),
        ("?two people familiar with the committee's deliberations|people familiar with the committee's deliberations", .group),
        ("?leaders|its leaders", .group), ("?Democrats", .group), ("?Republicans|Ohio Republicans|both Republicans", .group),
        ("?supporters|about 400 supporters", .group), ("?campaign|her campaign|campaigns", .organization),
        ("?Lakeshore Research", .organization), ("?University of Akron", .organization),
        ("?Republican primary voters|primary voters|voters", .group), ("?U.S. Senate|Senate", .organization),
        ("?Washington", .organization), ("?Ohio", .country),
    ])

    static let b2Police = Article(name: "b2Police", text: """
    Former Lakeport officer charged with manslaughter in traffic-stop shooting

    LAKEPORT, Mich. — A former Lakeport police officer was charged Thursday with involuntary manslaughter in the death of a 24-year-old man who was shot during a traffic stop in March, Wayland County Prosecutor Denise Okafor announced.

    Okafor told a news conference that body-camera footage showed then-Officer Kyle Renner firing four times into the car of Marcus Bell "without any reasonable belief that his life was in danger." Renner, 31, was fired by the Lakeport Police Department in May. He surrendered to sheriff's deputies Thursday afternoon and was released on a $50,000 bond.

    Renner's attorney, Gregory Salas, said his client had followed his training. "Kyle made a split-second decision that no prosecutor sitting in an office will ever have to make," Salas said, adding that Renner would plead not guilty.

    The Lakeport Police Officers Association, the union that represents the city's roughly 340 officers, called the charge politically motivated. Its president, Sgt. Dennis Wojcik, said in a statement that officers were "being told they will be prosecuted for doing their jobs."

    Police Chief Angela Moreno, who fired Renner after an internal review, declined to discuss the charge but said the department was cooperating fully with prosecutors. Mayor Tom Haskell said only that the city "respects the legal process."

    Bell's family has filed a federal civil rights lawsuit against the city and Renner. Their lawyer, Alicia Fontaine, called the charge "a first step, not justice," and said the family would push for a murder charge. Bell's mother, Lorraine Bell, spoke briefly outside the courthouse. "My son should be alive," she said. "He was on his way to his sister's birthday."

    The Michigan branch of the American Civil Liberties Union (ACLU) urged the state attorney general to review every shooting by Lakeport officers since 2018. The ACLU said the department had shot 11 people in that period. On Thursday evening, about 200 protesters marched from City Hall to the courthouse, chanting Bell's name.

    The case has been assigned to Circuit Judge Harold Finch. A preliminary hearing is set for Oct. 14.
    """, expected: [
        ("Denise Okafor|Okafor|Wayland County Prosecutor|prosecutor", .person), ("Kyle Renner|Renner", .person),
        ("Gregory Salas|Salas", .person), ("Lakeport Police Officers Association|union", .organization),
        ("Dennis Wojcik", .person), ("Lakeport Police Department|department|police department", .organization),
        ("Angela Moreno", .person), ("Tom Haskell", .person),
        ("Bell's family|family|Bell’s family", .group), ("Alicia Fontaine", .person),
        ("Lorraine Bell|Bell's mother|Bell’s mother", .person),
        ("American Civil Liberties Union|ACLU|Michigan branch of the American Civil Liberties Union", .organization),
        ("protesters|about 200 protesters", .group),
        ("?Marcus Bell|Bell", .person), ("?city|Lakeport|city of Lakeport", .organization),
        ("?sheriff's deputies|deputies|sheriff’s deputies", .group), ("?state attorney general|attorney general", .person),
        ("?Harold Finch", .person), ("?officers|Lakeport officers", .group), ("?prosecutors", .group),
        ("?Wayland County", .organization),
    ])

    static let b2Earnings = Article(name: "b2Earnings", text: """
    Stratos Aerospace swings to loss as machinists' strike drags on

    WICHITA, Kan. — Stratos Aerospace reported a quarterly loss of $412 million on Wednesday, its first in three years, as a seven-week strike by machinists at its Kansas plants halted deliveries of its best-selling regional jet.

    Chief executive Laura Kessinger told analysts on a conference call that the company had made "a fair and generous offer" and urged strikers to return to work. "Every week this goes on, our customers wait longer and our suppliers suffer," she said. The company's finance chief, Raj Mehta, said the walkout was costing about $60 million a week and that Stratos had withdrawn its full-year forecast.

    Shares fell 6 percent in New York. Analysts at Carver & Holt said the loss was wider than expected and cut their price target, warning that airlines could turn to rival manufacturers if deliveries slipped into next year.

    The International Association of Machinists and Aerospace Workers (IAM), which represents about 11,000 Stratos employees, rejected Kessinger's account. Ron Ebersole, president of IAM District 70, said the company's offer of a 9 percent raise over four years "doesn't come close to what our members lost to inflation." Members voted down that offer by 88 percent last month, according to the union.

    "They found money for stock buybacks. They can find money for the people who build the planes," Ebersole told a rally outside the main plant on Tuesday.

    Federal mediators met both sides on Monday, but no new talks have been scheduled, the Federal Mediation and Conciliation Service said.

    The strike is rippling through the supply chain. Hallett Precision, a Wichita firm that makes wing components for Stratos, said it had sent 300 employees home without pay. Cedar Air, a regional airline waiting on 14 jets, is leasing older aircraft to fill the gap; its chief executive, Paul Dimarco, said he was "frustrated but patient."

    Rep. Tom Quist, R-Kan., whose district includes the plants, urged both sides to return to the table. "Nobody wins a long strike," he said.
    """, expected: [
        ("Stratos Aerospace|Stratos|company", .organization), ("Laura Kessinger|Kessinger", .person),
        ("Raj Mehta", .person), ("Analysts at Carver & Holt|analysts", .group),
        ("International Association of Machinists and Aerospace Workers|IAM|union", .organization),
        ("Ron Ebersole|Ebersole", .person), ("Federal Mediation and Conciliation Service", .organization),
        ("Hallett Precision", .organization), ("Cedar Air", .organization),
        ("Paul Dimarco", .person), ("Tom Quist", .person),
        ("?machinists|strikers", .group), ("?Federal mediators|mediators", .group), ("?Members|our members", .group), ("?IAM District 70|District 70", .organization),
        ("?Carver & Holt", .organization), ("?airlines", .group), ("?rival manufacturers", .group),
        ("?customers|our customers", .group), ("?suppliers|our suppliers", .group),
        ("?employees|Stratos employees|300 employees", .group),
    ])

    static let b2Diplomacy = Article(name: "b2Diplomacy", text: """
    U.N. council deadlocks over Tesmara as rebels close in on capital

    UNITED NATIONS — The U.N. Security Council failed on Friday to agree on a statement calling for a ceasefire in Tesmara, as rebels advanced to within 40 miles of the capital, Port Avel, and Western and Russian diplomats traded accusations in the chamber.

    The United States and France circulated a draft that urged “an immediate cessation of hostilities” and condemned an airstrike on a market in the northern town of Kessa that killed at least 30 people, according to local health officials. Russia objected to language blaming government forces for the strike. China said it supported a ceasefire but that the council must respect Tesmara’s sovereignty.

    “The council cannot stay silent while a market full of families is bombed,” U.S. Ambassador Linda Farrow told reporters. Russia’s deputy ambassador, Sergei Vorontsov, called the draft “one-sided” and said it ignored crimes committed by the rebels.

    The Tesmaran Liberation Front (TLF), which has seized three provincial capitals since January, said in a statement that it was ready for talks “without preconditions.” But its commander, Yusuf Adane, told a French radio station that his fighters would not stop short of Port Avel.

    Tesmara’s foreign minister, Amina Sorel, accused “foreign mercenaries” of fighting alongside the TLF and vowed that the government would “defend every inch of our territory.” Port Avel has rejected three mediation offers from the African Union since the spring, and Moscow has continued to supply its army with helicopters.

    NATO, which has no forces in the region, said it was watching closely. A NATO official said allies were concerned for some 2,000 European citizens still in the country. Paris said it had sent two navy ships to the coast to evacuate them.

    The U.N. refugee agency, UNHCR, said more than 200,000 people had crossed into neighboring Lusaro since January. “Our teams are seeing families who walked for nine days,” said Claire Mbatha, a UNHCR spokeswoman in Geneva. “The camps are at breaking point.”
    """, expected: [
        ("U.N. Security Council|Security Council|council|UN Security Council", .organization),
        ("Tesmara|Port Avel|Tesmaran government|government", .country),
        ("United States|U.S.|US", .country), ("France|Paris", .country), ("Russia|Moscow", .country),
        ("China", .country), ("Linda Farrow", .person), ("Sergei Vorontsov", .person),
        ("Tesmaran Liberation Front|TLF|rebels", .organization), ("Yusuf Adane", .person),
        ("Amina Sorel", .person), ("African Union", .organization), ("NATO", .organization),
        ("NATO official|A NATO official", .person), ("UNHCR|U.N. refugee agency|UN refugee agency", .organization),
        ("Claire Mbatha", .person),
        ("?Western and Russian diplomats|diplomats", .group), ("?local health officials|health officials", .group),
        ("?government forces", .group), ("?foreign mercenaries|mercenaries", .group), ("?fighters|his fighters", .group),
        ("?allies", .group), ("?Lusaro", .country), ("?United Nations|U.N.|UN", .organization),
        ("?army|its army", .organization), ("?French radio station", .organization),
        ("?European citizens|2,000 European citizens", .group),
    ])

    static let b2Arena = Article(name: "b2Arena", text: """
    Nashville council backs arena deal, clearing way for NBA bid

    NASHVILLE, Tenn. — The Metro Nashville Council voted 27-12 early Wednesday to approve $760 million in public financing for a downtown arena, a key step in the city's effort to land an NBA expansion team.

    Mayor Darnell Pryor, who negotiated the deal with the investment group Music City Basketball, called the vote "a generational win." He told reporters after the seven-hour meeting: "This is about jobs, about tourism and about putting Nashville on the national stage."

    The group, led by health care executive Catherine Vance, has agreed to cover any cost overruns and to pay $12 million a year in rent for 30 years. Vance said in a statement that her partners were "thrilled" and would formally apply to the league next month.

    Opponents said the city was handing a subsidy to billionaires while schools and bus routes went underfunded. Council member Teresa Whitman, who led the opposition, called the deal's revenue projections "fantasy math." "If this arena is such a great investment," she said, "let them pay for it."

    The Tennessee Taxpayers Alliance, a conservative group, and Fair Share Nashville, a coalition of unions and neighborhood organizations, seldom agree on anything, but both had urged members to vote no. A Fair Share Nashville spokesman said the coalition would now press for a binding agreement guaranteeing local hiring and affordable housing near the site.

    More than 200 residents signed up to speak. Many wore red T-shirts reading "Schools Not Stadiums," while a smaller group of basketball fans cheered each vote in favor.

    The NBA said in a statement that it had "no timetable for expansion." Its board of governors is expected to discuss the issue in July, according to two people briefed on the plans.

    Paul Herring, an economist at Vanderbilt University who studies sports financing, said research on publicly funded arenas found little lasting benefit for host cities. "The jobs are real, but they are mostly seasonal and low-paid," he said.

    The arena would be built on a former rail yard east of the Cumberland River.
    """, expected: [
        ("Metro Nashville Council|council|Metro Council", .organization), ("Darnell Pryor|Pryor", .person),
        ("Music City Basketball|investment group", .organization), ("Catherine Vance|Vance", .person),
        ("Opponents", .group), ("Teresa Whitman", .person), ("Tennessee Taxpayers Alliance", .organization),
        ("Fair Share Nashville|coalition", .organization), ("Fair Share Nashville spokesman|spokesman", .person),
        ("NBA|league", .organization), ("Paul Herring", .person),
        ("?partners|her partners", .group), ("?residents|More than 200 residents", .group),
        ("?basketball fans|fans|smaller group of basketball fans", .group), ("?board of governors", .organization),
        ("?two people briefed on the plans|people briefed on the plans", .group), ("?Nashville|city", .organization),
        ("?members|council members", .group), ("?Vanderbilt University", .organization), ("?billionaires", .group),
        ("?opposition", .group),
    ])

    static let blind2: [Article] = [b2Campaign, b2Police, b2Earnings, b2Diplomacy, b2Arena]
}
