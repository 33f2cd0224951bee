/// What a stretch of text says about the frames it names: for each frame, a signed score
/// (positive: for it, negative: against it), and the word the strongest score came from.
struct StanceReading {
    /// Index into `StanceLexicon.frames` of the frame the text is most about, -1 for none.
    var frame: Int16 = -1
    var score: Double = 0
    /// The frame word the target phrase is built around, -1 for none.
    var targetToken = -1
    var negated = false
    var modality: Modality = .none
    /// The first noun-phrase object when the text names no frame (`rejected the criticism`).
    var objectToken = -1
    /// The frame is the lead event's, taken from judgements in a content naming no frame.
    var judgesLead = false
}
