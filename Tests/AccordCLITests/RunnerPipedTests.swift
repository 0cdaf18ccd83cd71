import Foundation
import Testing

/// `accord run` with answers piped through standard input, as scripts run it.
@Suite struct RunnerPipedTests {
    /// Every answer of the sample workshop, one a line, from the partner to `yes` at the review.
    static func wholeWorkshop(partner: String, level: String, vision: Int) -> String {
        [partner, level, String(vision), "3", "2", "", "1,3", "3 1 2", "yes", "yes"].joined(separator: "\n") + "\n"
    }

    @Test func wholeWorkshopsPipedInAreStoredAndStandardOutputStaysClean() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        for (partner, level, vision) in [("Acme", "management", 4), ("globex", "2", 2), ("Acme", "execution", 5)] {
            let result = try session.run(
                ["run", "--session", session.id],
                stdin: Self.wholeWorkshop(partner: partner, level: level, vision: vision))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("We share one vision for this partnership."))
            #expect(result.stderr.contains("Thank you. Your answers are submitted."))
        }
        // Three submissions: enough for the export to show them (grouped as everyone).
        #expect(try session.exported(question: "vision-shared") == ["2", "4", "5"])
        #expect(try session.exported(question: "vision-shared", kind: "prediction") == ["3", "3", "3"])
        #expect(try session.exported(question: "priorities") == ["people;markets;cost"].repeated(3))
    }

    @Test func inputEndingEarlyNamesTheWaitingQuestionAndTheDraftCanBeFinished() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let result = try session.run(["run", "--session", session.id], stdin: "Acme\nexecution\n1\n3\n")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "input ended while question 'top-goal' was waiting for an answer; nothing was submitted"))
        let code = try #require(
            result.stderr.components(separatedBy: "to continue: accord run --resume ").last?.split(
                whereSeparator: \.isWhitespace
            ).first)

        let finished = try session.run(["run", "--resume", String(code)], stdin: "2\n\n1,3\n3 1 2\nno\nyes\n")
        #expect(finished.status == 0, "\(finished.stderr)")
        for vision in [4, 4] {
            let other = try session.run(
                ["run", "--session", session.id],
                stdin: Self.wholeWorkshop(partner: "Globex", level: "1", vision: vision))
            #expect(other.status == 0, "\(other.stderr)")
        }
        #expect(try session.exported(question: "vision-shared") == ["1", "4", "4"])
    }

    @Test func aBadLineEndsTheRunNamingItInsteadOfShiftingLaterAnswers() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let result = try session.run(
            ["run", "--session", session.id, "--partner", "globex", "--level", "execution"], stdin: "4\n3\n9\n2\n")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "input line 3, for question 'top-goal': 9 is not an option (1–3); nothing was submitted"))
        #expect(result.stderr.contains("The answers before it are saved; to continue: accord run --resume "))
    }

    @Test func aBadLineIsQuotedInertInTheMessage() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let hostile = "\u{1B}[2J\u{1B}]52;c;SGk=\u{07}x"
        let result = try session.run(
            ["run", "--session", session.id, "--partner", "globex", "--level", "execution"], stdin: "4\n3\n\(hostile)\n")
        #expect(result.status == 1)
        // The leading ESC is trimmed with the other invisible characters at the ends; the rest
        // is quoted with its control characters escaped.
        #expect(result.stderr.contains(#"input line 3, for question 'top-goal': '[2J\u{1B}]52;c;SGk=\u{7}x'"#))
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"))
    }

    @Test func aNumberAndACommentTypedInAPipeFollowTheSameRulesAsEveryChannel() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let options = ["run", "--session", session.id, "--partner", "acme", "--level", "execution"]
        // `1.000` is a thousand in German and one in English: refused with both readings.
        let number = try session.run(options, stdin: "4\n3\n2\n1.000\n")
        #expect(number.status == 1)
        #expect(number.stderr.contains("'1.000' can be read as 1000 or as 1; type it without grouping marks"))
        // A required comment of only a zero-width space is no answer.
        let blank = try session.run(options, stdin: "4\n3\n1\n\u{200B}\n")
        #expect(blank.status == 1)
        #expect(blank.stderr.contains("input line 4, for question 'why-markets': type an answer"))
    }

    @Test func usageErrorsSayWhatToGive() throws {
        let neither = try AccordProcess.run(["run"])
        #expect(neither.status != 0)
        #expect(neither.stderr.contains("Give --session ID to start, or --resume CODE to continue a draft."))
        let level = try AccordProcess.run(["run", "--session", "x", "--level", "boss"])
        #expect(level.status != 0)
        #expect(level.stderr.contains("--level must be management or execution, not 'boss'."))
    }
}

extension Array {
    fileprivate func repeated(_ times: Int) -> [Element] { (0..<times).flatMap { _ in self } }
}
