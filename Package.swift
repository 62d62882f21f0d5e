// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "DealGraph",
    products: [
        .library(name: "DealGraph", targets: ["DealGraph"]),
        .executable(name: "dealgraph", targets: ["DealGraphCLI"]),
        .executable(name: "dealgraph-bench", targets: ["DealGraphBench"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "DealGraph", resources: [.copy("Extractors/Entity/Lexicon")]),
        .executableTarget(name: "DealGraphCLI", dependencies: ["DealGraph"]),
        // Benchmark corpora and per-stage timings (scripts/bench.sh, docs/performance.md).
        .executableTarget(name: "DealGraphBench", dependencies: ["DealGraph"]),
        // libFuzzer target over the extract path (scripts/fuzz.sh); in a plain build, a replay tool.
        .executableTarget(name: "DealGraphFuzz", dependencies: ["DealGraph"]),
        // Helpers both test targets share (temporary folders that clean up after themselves).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DealGraphTests", dependencies: ["DealGraph", "TestSupport"]),
        .testTarget(name: "DealGraphCLITests", dependencies: ["DealGraph", "TestSupport"]),
    ]
)
