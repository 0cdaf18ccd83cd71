import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func versionIsPrinted() throws {
        let result = try AccordProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    /// The completion scripts the README documents exist for bash, zsh and fish, and know
    /// the subcommands (built-in workshop names included in `workshops`).
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreGenerated(shell: String) throws {
        let result = try AccordProcess.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("workshops") && result.stdout.contains("facilitate"))
    }

    /// The README's install line runs `apt-get update` first: on a fresh Debian the package
    /// lists are empty and `apt-get install` alone cannot find libqrencode-dev.
    @Test func theReadmeInstallLineUpdatesThePackageListsFirst() throws {
        let readme = try String(
            contentsOf: AccordProcess.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let install = try #require(readme.split(separator: "\n").first { $0.contains("apt-get install") })
        #expect(install.hasPrefix("sudo apt-get update && sudo apt-get install -y "), "\(install)")
        for package in ["libreadline-dev", "libsqlite3-dev", "libqrencode-dev"] { #expect(install.contains(package)) }
    }
}
