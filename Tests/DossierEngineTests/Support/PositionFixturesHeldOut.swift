/// A second labelled set, written before any tuning on it (a strike, a sanctions row with
/// countries for actors, an election race told in reported speech only), so that the figure on
/// it says how the positions stage does on text it was not shaped by. Keep it that way: a
/// failure here is fixed by a mechanism, never by editing these texts or their labels.
extension PositionFixtures {
    static let strike = """
    Nurses at the hospitals of St. Aldric walked out on Monday in the first strike in the region's health service for twenty years, demanding a 12 percent pay rise.

    Nurses' Union general secretary Fiona Doyle said the strike would go on until the health board made a fair offer.

    "Our members are exhausted. We did not want to strike, but the board has left us no choice," Doyle told a crowd outside the main hospital.

    The Regional Health Board said the walkout put patients at risk and called on the union to return to talks. Its chair, Victor Hale, rejected the pay demand as unaffordable.

    "We cannot pay what we do not have," Hale said. "A 12 percent rise would mean closing wards."

    The Patients' Alliance backed the nurses and urged the board to improve its offer.

    Junior doctors' representative Omar Siddiqui said his members would respect the picket lines.

    Finance officer Lucy Tran said the board would publish its accounts next month.
    """

    static let sanctions = """
    The European Union on Thursday imposed new sanctions on Belmoria over its crackdown on protesters, freezing the assets of twelve officials and banning exports of surveillance equipment.

    Belmoria's foreign ministry condemned the sanctions as "an act of economic aggression" and said it would retaliate.

    "These measures are illegal and they will fail," Foreign Minister Dmitri Volkan told reporters in the capital.

    Canada said it would join the sanctions within weeks.

    Kazran, Belmoria's largest trading partner, rejected the measures and pledged to keep buying Belmorian gas.

    "Sanctions only hurt ordinary people," said Kazrani trade minister Aliya Serik.

    Japan said it was studying the decision and had not yet reached a view.
    """

    static let election = """
    Governor candidate Elena Marsh promised on Saturday to scrap the toll on the Harlow bridge if she wins next month's election.

    Her rival, Governor Tom Becker, said the toll paid for the bridge's repairs and warned that scrapping it would leave a hole in the state budget.

    The Harlow Chamber of Commerce endorsed Marsh, saying the toll was driving customers away from the town's shops.

    State treasurer Nadia Okon said the toll raised forty million dollars a year and that the budget could not do without it.

    The commuters' association Bridge Users United welcomed the pledge and called the toll unfair.

    Political scientist Ivan Petrov said the race was too close to call.
    """

    static let heldOut: [Labelled] = [
        Labelled(name: "strike", text: strike, pairs: [("Doyle", "Hale", "disagree"), ("Doyle", "Patients' Alliance", "agree"),
                                                       ("Hale", "Siddiqui", "disagree"), ("Hale", "Tran", "unclear")]),
        Labelled(name: "sanctions", text: sanctions, pairs: [("European Union", "Volkan", "disagree"),
                                                             ("Canada", "European Union", "agree"),
                                                             ("Volkan", "Serik", "agree"), ("Japan", "Kazran", "unclear")]),
        Labelled(name: "election", text: election, pairs: [("Marsh", "Becker", "disagree"),
                                                           ("Harlow Chamber of Commerce", "Marsh", "agree"),
                                                           ("Becker", "Okon", "agree"), ("Petrov", "Marsh", "unclear")]),
    ]
}
