import ArgumentParser
import DossierAnalysis
import DossierEngine
import Foundation

@main
struct DossierCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "An analysis shell for news articles: who is in them, what each said, where they agree or clash.",
        discussion: """
        Without arguments, opens the interactive shell when standard input is a terminal, and \
        otherwise reads commands from standard input (one per line). Inside the shell, 'help' \
        lists the commands.
        """,
        version: "dossier \(DossierVersion.string) (analyser \(Analyzer.version))",
        subcommands: [Shell.self, Analyze.self],
        defaultSubcommand: Shell.self)
}

enum DossierVersion {
    static let string = "0.1.0"
}
