/// An article as read from a file, before analysis: its text and whatever metadata the
/// format carried.
public struct SourceDocument: Sendable {
    public var stem: String
    public var text: String
    public var id: String?
    public var title: String?
    public var date: String?
    public var source: String?
    public var url: String?
    public var origin: String

    public init(stem: String, text: String, id: String? = nil, title: String? = nil, date: String? = nil,
                source: String? = nil, url: String? = nil, origin: String) {
        self.stem = stem; self.text = text; self.id = id; self.title = title; self.date = date
        self.source = source; self.url = url; self.origin = origin
    }
}
