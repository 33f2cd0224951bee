/// A fourth labelled set, written before the work on the untouched set's misses (a zoning row, a
/// transit strike over a fare rise, a foreign-policy dispute with countries and ministers):
/// 3/12 when first measured, never tuned on until the fourth positions round, which used it as
/// a dev set (by mechanisms only), so its figure is no longer an honest estimate. Never edit
/// these texts or labels to make a verdict come out.
extension PositionFixtures {
    static let zoning = """
    The city council of Marlow Bay approved on Wednesday a plan to allow apartment blocks of up to eight storeys in the old harbour district, ending decades of height limits.

    Mayor Patricia Quinn said the rezoning would let thousands of young families find a home they can afford. "We are building for the next generation," she told the council chamber.

    The Harbour Residents' Association opposed the plan, warning that the towers would block the light and swamp local roads.

    Association chair Desmond Kerr said residents had not been properly consulted and would ask a judge to halt the project.

    Developer Lionel Acheson praised the decision, saying it would finally unlock land that had stood empty for years.

    City archivist Maria Olsen said the harbour district was first settled in 1790.
    """

    static let transit = """
    Bus and tram drivers in Carrington stopped work on Friday in protest against a 20 percent rise in fares approved by the regional transport authority.

    Transport authority director Samuel Brandt defended the increase, saying the network lost money on every journey and could not keep running without it.

    The Transit Workers' Union, which called the strike, said the fare rise would drive passengers away and put drivers' jobs at risk.

    "Ordinary commuters are being asked to pay for years of mismanagement," union leader Ana Ferreira said.

    The Carrington Commuters' Forum supported the strike and demanded that the authority scrap the increase.

    Transport analyst Graham Holt said ridership figures would be published in the spring.
    """

    static let treaty = """
    Norvania on Tuesday suspended its participation in the Lakeland fisheries treaty, accusing its neighbour Estrelia of overfishing in shared waters.

    Norvanian Foreign Minister Henrik Lund said the treaty had failed to protect fish stocks. "We will not stand by while our waters are emptied," Lund said.

    Estrelia's government called the suspension a serious breach of international law and recalled its ambassador.

    "This decision is reckless and it endangers decades of cooperation," Estrelian Foreign Minister Carla Moreno told reporters.

    Sweden urged Norvania to return to the treaty and offered to host talks.

    Iceland backed Norvania, saying the treaty's quotas had been ignored for too long.

    Brazil said it was following the situation closely.
    """

    static let blind: [Labelled] = [
        Labelled(name: "zoning", text: zoning, pairs: [("Quinn", "Kerr", "disagree"), ("Quinn", "Acheson", "agree"),
                                                       ("Harbour Residents' Association", "Acheson", "disagree"),
                                                       ("Olsen", "Quinn", "unclear")]),
        Labelled(name: "transit", text: transit, pairs: [("Brandt", "Ferreira", "disagree"),
                                                         ("Transit Workers' Union", "Carrington Commuters' Forum", "agree"),
                                                         ("Brandt", "Carrington Commuters' Forum", "disagree"),
                                                         ("Holt", "Brandt", "unclear")]),
        Labelled(name: "treaty", text: treaty, pairs: [("Lund", "Moreno", "disagree"), ("Iceland", "Lund", "agree"),
                                                       ("Sweden", "Estrelia", "agree"), ("Brazil", "Lund", "unclear")]),
    ]
}
