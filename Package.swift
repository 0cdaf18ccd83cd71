// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Accord",
    products: [
        .executable(name: "accord", targets: ["accord"]),
        .library(name: "AccordCore", targets: ["AccordCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The domain: workshop model, loading and diagnostics, the interview flow,
        // statistics, disclosure and the gap report. Foundation only, no I/O.
        .target(name: "AccordCore"),

        // SQLite through GRDB: sessions, rounds, drafts, submissions.
        .target(
            name: "AccordStore",
            dependencies: ["AccordCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),

        // PostgreSQL through postgres-nio: the same sessions, rounds and submissions on a
        // server database, checked and counted by AccordStore's backend-independent code.
        .target(
            name: "AccordPostgres",
            dependencies: [
                "AccordCore", "AccordStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),

        // GNU readline, linked through a module map (no pkgConfig: see docs).
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),

        // The interactive runner: line readers, prompts, kiosk hygiene.
        .target(name: "AccordTerminal", dependencies: ["AccordCore", "CReadline"]),

        // Renderers of a GapReport: text, Markdown, HTML + SVG, JSON, CSV.
        .target(name: "AccordReport", dependencies: ["AccordCore"]),

        // libqrencode, linked through a module map like readline (no pkgConfig).
        .systemLibrary(
            name: "CQRencode",
            providers: [.apt(["libqrencode-dev"])]
        ),

        // `accord serve`: Hummingbird 2, server-rendered HTML forms, the facilitator page.
        .target(
            name: "AccordServer",
            dependencies: [
                "AccordCore", "AccordStore", "CQRencode",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // The thin command-line front end.
        .executableTarget(
            name: "accord",
            dependencies: [
                "AccordCore", "AccordStore", "AccordPostgres", "AccordTerminal", "AccordReport", "AccordServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Test support: a real pseudo-terminal through openpty(3).
        .target(name: "CPseudoTerminal"),

        .testTarget(name: "AccordCoreTests", dependencies: ["AccordCore"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "AccordStoreTests",
            dependencies: [
                "AccordCore", "AccordStore", "AccordPostgres", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(
            name: "AccordPostgresTests",
            dependencies: ["AccordCore", "AccordStore", "AccordPostgres", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .testTarget(name: "AccordTerminalTests", dependencies: ["AccordCore", "AccordTerminal"]),
        .testTarget(name: "AccordReportTests", dependencies: ["AccordCore", "AccordReport"], resources: [.copy("Golden")]),
        .testTarget(
            name: "AccordServerTests",
            dependencies: [
                "AccordCore", "AccordServer", "AccordStore", "AccordPostgres", "AccordReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "AccordCLITests",
            dependencies: ["CPseudoTerminal", "AccordCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
