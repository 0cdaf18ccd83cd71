import AccordCore
import Testing

@testable import AccordTerminal

/// Issue 14: a German or French console words how an action's gaps moved and a group's
/// spread in its language (`GapMovement.Wording.for`, `SpreadWording.for`), the same words
/// the web console uses.
@Suite struct ConsoleLanguageWordingTests {
    /// An action agreed on round 1, reviewed after round 2: its gap's movement in German.
    @Test func theActionsListSaysHowTheGapsMovedInGerman() throws {
        let session = FacilitationTestSession()
        session.submit("Acme", .management, vision: [4, 4, 5])
        session.submit("Acme", .execution, vision: [4, 4, 4])
        session.submit("Globex", .management, vision: [5, 5, 4])
        session.submit("Globex", .execution, vision: [2, 3, 2])
        let script = ScriptedConsole([])
        script.steps = [
            .line("close"), .line("reveal"),
            .line("action add --owner globex --about 2 Hold a joint vision day"),
            .line("open"),
            .meanwhile {
                session.submit("Acme", .management, vision: [4, 4, 5])
                session.submit("Acme", .execution, vision: [4, 4, 4])
                session.submit("Globex", .management, vision: [5, 5, 4])
                session.submit("Globex", .execution, vision: [4, 4, 4])
            },
            .line("close"), .line("actions"), .line("quit"),
        ]
        try script.console(session, language: .german).run()
        #expect(script.output.contains("Management vs. Umsetzung, Globex: −2,3 in Runde 1, jetzt −0,7 (verkleinert)"))
        #expect(!script.output.contains(" now ("))
        #expect(!script.output.contains("management vs execution"))
    }

    /// A group whose answers spread widely: the sentence and its statistics in French.
    @Test func aGroupsSpreadIsWordedInFrench() throws {
        let session = FacilitationTestSession()
        session.submit("Acme", .management, vision: [1, 5, 1, 5])
        session.submit("Acme", .execution, vision: [3, 3, 3])
        session.submit("Globex", .management, vision: [3, 3, 3])
        session.submit("Globex", .execution, vision: [3, 3, 3])
        let script = ScriptedConsole([])
        script.steps = [.line("close"), .line("reveal"), .line("more"), .line("more"), .line("quit")]
        try script.console(session, language: .french).run()
        #expect(script.output.contains("3. Les réponses du groupe Acme à « We share one vision. » "), "\(script.output)")
        #expect(script.output.contains("sont très dispersées, de 1 à 5."))
        #expect(script.output.contains("(accord rwg 0,00 (aucun accord))"))
        #expect(!script.output.contains("spread widely"))
        #expect(!script.output.contains("agreement rwg"))
    }
}
