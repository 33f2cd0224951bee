/// A second blind labelled set (a Senate bill, a strike at a delivery company, a court ruling on
/// a state law, a rural hospital closure, an international sanctions row), written and labelled
/// by hand without running any analyser on the texts: to be measured once and never tuned on.
/// Never edit these texts or labels to make a verdict come out.
extension PositionFixtures {
    static let b2Senate = """
    The Senate voted 58-41 on Thursday to pass a bill that would bar members of Congress and their spouses from trading individual stocks, sending the measure to the House.

    Sen. Karen Holloway, D-Minn., who wrote the bill, said lawmakers had lost the public's trust. "Senators should be working for their voters, not for their portfolios," Holloway said after the vote.

    Sen. Walter Beck, R-Texas, voted against the measure and called it "a solution in search of a problem." He said the ban would drive talented people with business experience out of public service.

    Sen. Nina Castellano, R-Fla., broke with most of her party to co-sponsor the bill. She called the ban long overdue and said members of both parties had profited from what they learned in private briefings.

    The watchdog group Citizens for Clean Government praised the vote, saying the bill would close "the most obvious conflict of interest in Washington."

    The Congressional Budget Office said in a cost estimate that the bill would not significantly affect federal spending.
    """

    static let b2Strike = """
    About 1,200 drivers and warehouse workers at the delivery company Parcelo walked off the job in Newark on Monday, demanding higher pay and an end to what they call punishing delivery quotas.

    Parcelo chief executive Martin Kroll said the strike was illegal under the workers' current contract and that the company would hire temporary drivers to keep packages moving. "We will not be held hostage by a handful of organizers," Kroll said.

    The Warehouse and Drivers Union, which called the walkout, said the quotas forced drivers to skip meal breaks. Union president Dana Whitcomb said workers would stay out "as long as it takes."

    City Council member Joel Ruiz joined the picket line outside the company's main depot on Tuesday and urged residents to stop using Parcelo until it returned to the bargaining table.

    The Newark Regional Business Association sided with the company, warning that the strike was hurting small shops during the busiest season of the year and urging the workers to go back to work.

    Freight analyst Monica Tsai of Ridgeway Partners said Parcelo delivers about 400,000 packages a day in the region.
    """

    static let b2Ruling = """
    A federal judge on Tuesday blocked a Nebraska law that would have required social media companies to verify the age of every user and to obtain a parent's consent before anyone under 16 could open an account.

    U.S. District Judge Elena Marsh ruled that the law likely violated the First Amendment, writing that it "burdens the speech of millions of adults in order to shield minors from harms the state has not clearly defined." Her order bars the state from enforcing the law while the case proceeds.

    The Digital Commerce Alliance, a trade group representing technology companies, sued to overturn the law in January. Its general counsel said the ruling protected the right of Nebraskans to speak and read online without handing over identification.

    Attorney General Rick Dawes said he would appeal immediately. "This ruling is a gift to Big Tech at the expense of our children," Dawes said.

    Gov. Harlan Pike, who signed the law last spring, called the decision judicial overreach.

    The Safe Screens Coalition, a parents' group that campaigned for the law, said it was disappointed and would keep pressing lawmakers to protect children online.

    The state Department of Technology, which would have enforced the rules, said it had not yet hired staff for the program.
    """

    static let b2Hospital = """
    Crestline Health said on Monday that it would close Millbrook Community Hospital by the end of March, leaving the rural county without an emergency room for the first time in 70 years.

    Crestline chief executive Alan Pierce said the hospital had lost $9 million last year and that fewer than a dozen of its 40 beds were filled on a typical night. "We cannot keep a hospital open for patients who are already choosing to go elsewhere," Pierce said.

    County commissioners voted unanimously that evening to offer Crestline $2 million a year to keep the emergency room open. Commission chair Gary Tolliver called the closure "a betrayal of every family in this county" and said the county was exploring legal action.

    The Millbrook Nurses Association, which represents 85 nurses at the hospital, said the closure would put lives at risk. "People will die in the back of an ambulance on Route 9," said association president Renee Collier.

    St. Agnes Medical Center, 45 miles away in Harlow, backed Crestline's decision, saying patients would get better care at a larger hospital with specialists on site. It said it would add 20 beds.

    Lena Ortiz, a spokeswoman for the state Department of Health, said the department had received the required closure notice and would hold a public hearing within 60 days.
    """

    static let b2Sanctions = """
    European Union foreign ministers on Monday approved sanctions against Corvania over the jailing of opposition leader Pavel Valev, freezing the assets of 28 officials and banning imports of Corvanian steel.

    Lithuanian Foreign Minister Tomas Kairys, who pushed for the package, said Europe could not do business as usual "with a regime that locks up its critics."

    Corvania's foreign minister, Dmitri Alekhin, denounced the measures as "economic blackmail" and announced a ban on food imports from the EU in retaliation. He said Valev had been convicted of fraud by an independent court.

    Hungary held up the package for three weeks, arguing that sanctions would hurt European industry more than Corvania, before abstaining in Monday's vote.

    Valev's wife, Irina Valeva, thanked the ministers in a video message and called on the United States to follow with sanctions of its own.

    Turkey said it would not join the measures and would keep buying Corvanian steel.

    Japan's foreign ministry said it had taken note of the EU decision and had no plans to change its travel advice for Corvania.
    """

    static let blind2: [Labelled] = [
        Labelled(name: "b2Senate", text: b2Senate, pairs: [("Holloway", "Beck", "disagree"),
                                                           ("Castellano", "Holloway", "agree"),
                                                           ("Citizens for Clean Government", "Beck", "disagree"),
                                                           ("Congressional Budget Office", "Castellano", "unclear")]),
        Labelled(name: "b2Strike", text: b2Strike, pairs: [("Kroll", "Whitcomb", "disagree"),
                                                           ("Ruiz", "Warehouse and Drivers Union", "agree"),
                                                           ("Newark Regional Business Association", "Kroll", "agree"),
                                                           ("Tsai", "Ruiz", "unclear")]),
        Labelled(name: "b2Ruling", text: b2Ruling, pairs: [("Marsh", "Dawes", "disagree"),
                                                           ("Digital Commerce Alliance", "Marsh", "agree"),
                                                           ("Pike", "Safe Screens Coalition", "agree"),
                                                           ("Department of Technology", "Dawes", "unclear")]),
        Labelled(name: "b2Hospital", text: b2Hospital, pairs: [("Pierce", "Tolliver", "disagree"),
                                                               ("Millbrook Nurses Association", "Tolliver", "agree"),
                                                               ("St. Agnes Medical Center", "Collier", "disagree"),
                                                               ("Ortiz", "Pierce", "unclear")]),
        Labelled(name: "b2Sanctions", text: b2Sanctions, pairs: [("Kairys", "Alekhin", "disagree"),
                                                                 ("Valeva", "Kairys", "agree"),
                                                                 ("Hungary", "Kairys", "disagree"),
                                                                 ("Japan", "Alekhin", "unclear")]),
    ]
}
