import ArgumentParser
import DossierAnalysis
import DossierEngine
import Foundation

/// `dossier`: the shell itself (interactive, script, one-shot), with `analyze` as the one
/// subcommand. The shell's options live on the root so that `dossier --help` lists them.
@main
struct DossierCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "An analysis shell for news articles: who is in them, what each said, where they agree or clash.",
        usage: """
          dossier [--session <NAME>] [--format <FORMAT>] [--no-color] [--demo]
          dossier -c <COMMANDS> [<options>]
          dossier -f <FILE> [--keep-going] [<options>]
          dossier analyze <PATH>... [--out <FILE>]
          """,
        discussion: """
        Without -c or -f, opens the interactive shell when standard input is a terminal, and \
        otherwise reads commands from standard input, one per line, like a script. Inside the \
        shell, 'help' lists the commands.

        Examples:
          dossier --demo
          dossier -c 'load article.txt; quotes --format json'
          dossier -f analysis.txt --keep-going
          printf 'load a.txt\\nactors\\n' | dossier
          dossier analyze corpus/ --out analysis.jsonl
        """,
        version: "dossier \(DossierVersion.string) (analyser \(Analyzer.version))",
        subcommands: [Analyze.self])

    @OptionGroup var options: ShellOptions

    func validate() throws { try options.check() }

    func run() throws {
        let status = ShellRunner(options: options).run()
        if status != 0 { throw ExitCode(status) }
    }
}

enum DossierVersion {
    static let string = Engine.appVersion
}
