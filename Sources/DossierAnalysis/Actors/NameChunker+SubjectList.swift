/// The subjects a body's name lists ("Committee on Science, Space and Technology").
extension NameChunker {
    /// Inside a body's name, after its "on", "of" or "for" ("House Committee on Science, Space
    /// and Technology"), a comma at `j` opens a list of capitalised subjects that "and" closes:
    /// the list belongs to the name, and the words after the comma name no second actor.
    /// Returns the end of the list, or nil when what follows the comma is no such list (a first
    /// name, a title or a courtesy title, a word in lower case, no "and", more than four items,
    /// a verb after the list).
    /// A title word ("Justice") is left out even as a subject: the role reader would read the
    /// name as a title and a person.
    func subjectListEnd(_ j: Int, end: Int) -> Int? {
        guard w.isPunct(j, ",") else { return nil }
        /// The end of one item of one to three plain capitalised words starting at `k`.
        func item(_ k: Int) -> Int {
            var m = k
            while m < end, m - k < 3, isNameWord(m), !w.has(m, [.firstName, .title, .courtesy]) { m += 1 }
            return m
        }
        var k = j + 1
        var items = 0
        while k < end && items < 4 {
            let e = item(k)
            guard e > k, e < end else { return nil }
            items += 1
            if w.isPunct(e, ",") { k = e + 1; continue }
            guard w.key[e] == ActorWordKeys.andKey, w.flags[e].contains(.lower) else { return nil }
            let last = item(e + 1)
            guard last > e + 1, last >= end || !isNameWord(last) else { return nil }
            // "the Committee on Finance, Marsh and Eckert said": a verb after the list makes its
            // words the verb's subjects, people more often than subjects of a name.
            if last < end, w.flags[last].contains(.lower), w.has(last, [.verb, .speech, .past, .third, .aux]) { return nil }
            return last
        }
        return nil
    }
}
