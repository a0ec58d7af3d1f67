// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "Lifelinks",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lifelinks", targets: ["lifelinks"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Graphviz, linked in-process through pkg-config and a shim header.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // cairo and pango for PDF reports, and librsvg to place SVG diagrams in them as vectors.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CRsvg",
            pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"])]
        ),
        // Layer 1: the practice as values, and pure analysis. No I/O.
        .target(name: "LifelinksModel", swiftSettings: strict),
        // Layer 2: SQLite through GRDB.
        .target(
            name: "LifelinksStore",
            dependencies: [
                "LifelinksModel", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        // Layer 3: spreadsheets in and out, and the generated cohort.
        .target(
            name: "LifelinksInterchange",
            dependencies: [
                "LifelinksModel", "LifelinksStore",
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strict
        ),
        // Layer 4: ecomaps through Graphviz's C API.
        .target(
            name: "LifelinksDiagrams",
            dependencies: ["LifelinksModel", "CGraphviz"],
            swiftSettings: strict
        ),
        // Layer 5: reports (HTML and PDF) made of diagrams and tables.
        .target(
            name: "LifelinksReports",
            dependencies: ["LifelinksModel", "LifelinksDiagrams", "CPangoCairo", "CRsvg"],
            swiftSettings: strict
        ),
        // Layer 6: the team web app (Hummingbird), thin over the layers above.
        .target(
            name: "LifelinksServer",
            dependencies: [
                "LifelinksModel", "LifelinksStore", "LifelinksInterchange", "LifelinksDiagrams", "LifelinksReports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HTTPTypes", package: "swift-http-types"),

                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // Layer 6: the command line, as a library so tests can drive it in-process.
        .target(
            name: "LifelinksCommands",
            dependencies: [
                "LifelinksModel", "LifelinksStore", "LifelinksInterchange", "LifelinksDiagrams", "LifelinksReports",
                "LifelinksServer", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "lifelinks",
            dependencies: ["LifelinksCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),

        .executableTarget(
            name: "lifelinks-benchmarks",
            dependencies: [
                "LifelinksModel", "LifelinksStore", "LifelinksInterchange", "LifelinksDiagrams", "LifelinksReports",
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "LifelinksModelTests", dependencies: ["LifelinksModel"], swiftSettings: strict),
        .testTarget(
            name: "LifelinksStoreTests",
            dependencies: ["LifelinksModel", "LifelinksStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LifelinksInterchangeTests",
            dependencies: ["LifelinksModel", "LifelinksStore", "LifelinksInterchange"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LifelinksDiagramsTests",
            dependencies: ["LifelinksModel", "LifelinksDiagrams"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LifelinksReportsTests",
            dependencies: ["LifelinksModel", "LifelinksDiagrams", "LifelinksReports"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LifelinksServerTests",
            dependencies: [
                "LifelinksModel", "LifelinksStore", "LifelinksInterchange", "LifelinksServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LifelinksCommandsTests",

            dependencies: ["lifelinks", "LifelinksCommands", "LifelinksStore", "LifelinksModel"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
