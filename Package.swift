// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierAnalysis", targets: ["DossierAnalysis"]),
        .library(name: "DossierEngine", targets: ["DossierEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // libedit, found through pkg-config (apt: libedit-dev).
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Pure text analysis: no I/O, deterministic. Lexicons are embedded data files.
        .target(
            name: "DossierAnalysis",
            exclude: ["Lexicons/README.md", "Lexicons/VADER-LICENSE.txt"],
            resources: [
                .embedInCode("Lexicons/data"),
            ]
        ),
        // Session workspace, self-describing commands, rendering, persistence.
        .target(
            name: "DossierEngine",
            dependencies: [
                "DossierAnalysis",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [
                .embedInCode("Demo/articles"),
            ]
        ),
        // Thin front ends: interactive (libedit), script, one-shot, batch.
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierEngine",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed and memory benchmark (run in release mode).
        .executableTarget(
            name: "dossier-bench",
            dependencies: ["DossierAnalysis", "DossierEngine"]
        ),
        .testTarget(name: "DossierAnalysisTests", dependencies: ["DossierAnalysis"]),
        .testTarget(name: "DossierEngineTests", dependencies: ["DossierEngine"]),
        .testTarget(name: "DossierCLITests", dependencies: ["DossierEngine"]),
    ]
)
