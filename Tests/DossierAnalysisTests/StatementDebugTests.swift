import Foundation
import Testing
@testable import DossierAnalysis

@Test func statementDump() {
    guard let path = ProcessInfo.processInfo.environment["DUMP"], let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
    for s in statements(text) { print("STATEMENT", s) }
    let a = Analyzer().analyze(text)
    for act in a.actors { print("ACTOR", act.id, act.name, act.mentions.map { a.text[$0] }) }
}
