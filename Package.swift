// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "DealGraph",
    products: [
        .library(name: "DealGraph", targets: ["DealGraph"]),
        .executable(name: "dealgraph", targets: ["DealGraphCLI"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "DealGraph", resources: [.copy("Extractors/Entity/Lexicon")]),
        .executableTarget(name: "DealGraphCLI", dependencies: ["DealGraph"]),
        .testTarget(name: "DealGraphTests", dependencies: ["DealGraph"]),
        .testTarget(name: "DealGraphCLITests", dependencies: ["DealGraph"]),
    ]
)
