// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Adjudicator",
  products: [
    .executable(name: "adjudicator", targets: ["adjudicator"]),
    .library(name: "RuleLang", targets: ["RuleLang"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // MARK: - Language core (Source, Diagnostics, Syntax, Parse, Check, Eval)
    .target(name: "RuleLang"),
    // MARK: - Command line
    .target(
      name: "AdjudicatorCLI",
      dependencies: [
        "RuleLang",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "adjudicator", dependencies: ["AdjudicatorCLI"]),
    // MARK: - Tests
    .target(name: "TestSupport", dependencies: ["RuleLang"], path: "Tests/TestSupport"),
    .testTarget(name: "RuleLangTests", dependencies: ["RuleLang", "TestSupport"]),
    .testTarget(
      name: "GoldenTests", dependencies: ["RuleLang", "TestSupport"], exclude: ["Golden"]),
    .testTarget(name: "CLITests", dependencies: ["adjudicator", "TestSupport"]),
  ]
)
