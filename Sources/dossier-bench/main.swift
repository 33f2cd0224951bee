// The benchmark is written with the analysis work (issue 3).
if !SessionBenchmark.run(arguments: CommandLine.arguments) { print("dossier-bench: not yet written") }
