// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ocop",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ocop", targets: ["ocop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        // fluent-sqlite-driver 4.9.0 with IMMEDIATE transactions: Vendor/README.md.
        .package(path: "Vendor/fluent-sqlite-driver"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        // Plot 0.14.0 with its escaping patched (attribute values were written raw): Vendor/README.md.
        .package(path: "Vendor/Plot"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // The SMTP client (OCOPMail) is written on SwiftNIO and NIOSSL, which Vapor already brings.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        .target(name: "OCOPCore", exclude: ["Criteria/SCHEMA.md"]),
        .target(name: "OCOPSpreadsheet", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "OCOPMail",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                // TLSUserEvent: tells when the STARTTLS handshake has finished.
                .product(name: "NIOTLS", package: "swift-nio"),
            ]
        ),
        .target(
            name: "OCOPApp",
            dependencies: [
                "OCOPCore",
                "OCOPSpreadsheet",
                "OCOPMail",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(name: "ocop", dependencies: ["OCOPApp"]),
        .executableTarget(name: "ocop-bench", dependencies: ["OCOPCore"], path: "bench/ScoringBench"),
        // The page benchmark's data generator (scripts/bench), kept out of the production `ocop` binary.
        .executableTarget(
            name: "ocop-bench-data",
            dependencies: [
                "OCOPApp",
                "OCOPCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
            ],
            path: "bench/BenchData"
        ),
        .testTarget(
            name: "OCOPCoreTests",
            dependencies: ["OCOPCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "OCOPSpreadsheetTests", dependencies: ["OCOPSpreadsheet"]),
        // A real SMTP server (scripts/lib/smtp_sink.py) and a reader of what it received, for the
        // mail client's tests and the reminders' tests alike.
        .target(name: "OCOPTestSupport", path: "Tests/OCOPTestSupport"),
        .testTarget(
            name: "OCOPMailTests",
            dependencies: [
                "OCOPMail",
                "OCOPTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "OCOPAppTests",
            dependencies: [
                "OCOPApp",
                "OCOPTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
