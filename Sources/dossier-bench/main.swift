// The benchmark is written with the analysis work (issue 3).
print("dossier-bench: not yet written")
