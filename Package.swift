// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Adjudicator",
  products: [
    .executable(name: "adjudicator", targets: ["adjudicator"]),
    .library(name: "RuleLang", targets: ["RuleLang"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // The case store: SQLite (system libsqlite3) through GRDB; SHA-256 for the audit chain.
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // MARK: - Language core (Source, Diagnostics, Syntax, Parse, Check, Eval)
    .target(name: "RuleLang"),
    // MARK: - Domain and case files
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .target(name: "PenaltyDomain", dependencies: ["RuleLang"]),
    .target(name: "CaseFiles", dependencies: ["PenaltyDomain", "CLibXML2"]),
    .target(name: "Adjudication", dependencies: ["RuleLang", "PenaltyDomain"]),
    // MARK: - Store and dossier
    .target(
      name: "CaseStore",
      dependencies: [
        "RuleLang", "PenaltyDomain", "CaseFiles", "Adjudication",
        .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "Dossier", dependencies: ["RuleLang", "PenaltyDomain", "Adjudication", "CaseStore", "CaseFiles"]),
    // MARK: - Batch evaluation (JSON Lines records, compiled fast path, ordered parallel pipeline)
    .target(name: "Batch", dependencies: ["RuleLang", "PenaltyDomain", "CaseFiles", "Adjudication", "CaseStore"]),
    // MARK: - Rule authoring (REPL core) and libedit
    .target(name: "RuleAuthoring", dependencies: ["RuleLang", "PenaltyDomain", "CaseFiles", "Adjudication"]),
    .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"]), .brew(["libedit"])]),
    // MARK: - Command line
    .target(
      name: "AdjudicatorCLI",
      dependencies: [
        "RuleLang", "PenaltyDomain", "CaseFiles", "Adjudication", "CaseStore", "RuleAuthoring", "CLibEdit", "Dossier", "Batch",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "adjudicator", dependencies: ["AdjudicatorCLI"]),
    // MARK: - Tests
    .target(name: "TestSupport", dependencies: ["RuleLang"], path: "Tests/TestSupport"),
    .testTarget(name: "RuleLangTests", dependencies: ["RuleLang", "TestSupport"]),
    .testTarget(
      name: "GoldenTests", dependencies: ["RuleLang", "TestSupport"], exclude: ["Golden"]),
    .testTarget(name: "AdjudicationTests", dependencies: ["Adjudication", "CaseFiles", "RuleLang", "PenaltyDomain", "TestSupport"]),
    .testTarget(name: "CaseFilesTests", dependencies: ["CaseFiles", "PenaltyDomain", "TestSupport"]),
    .testTarget(name: "CLITests", dependencies: ["adjudicator", "TestSupport"]),
    .testTarget(name: "BatchTests", dependencies: ["Batch", "RuleLang", "TestSupport"]),
    .testTarget(name: "RuleAuthoringTests", dependencies: ["RuleAuthoring", "RuleLang", "TestSupport"]),
    .testTarget(
      name: "DossierTests", dependencies: ["Dossier", "CaseStore", "RuleLang", "TestSupport"], exclude: ["Golden"]),
    .testTarget(name: "CaseStoreTests", dependencies: ["CaseStore", "CaseFiles", "Adjudication", "RuleLang", "TestSupport"]),
    .testTarget(name: "PublicityTests", dependencies: ["CaseStore", "Adjudication", "CaseFiles", "RuleLang", "TestSupport"]),
  ]
)
