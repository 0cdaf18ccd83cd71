/// An advisory countdown of a phase's timebox: how much time is left, or how far over it is.
/// It only advises; nothing stops when it runs out.
public struct Countdown: Sendable, Hashable {
    /// The timebox, in seconds.
    public var timeboxSeconds: Int
    /// The seconds since the phase started.
    public var elapsedSeconds: Int

    /// Creates a countdown of a timebox given in minutes.
    public init(timeboxMinutes: Int, elapsedSeconds: Int) {
        self.timeboxSeconds = timeboxMinutes * 60
        self.elapsedSeconds = max(0, elapsedSeconds)
    }

    /// The seconds left, negative when over time.
    public var remainingSeconds: Int { timeboxSeconds - elapsedSeconds }

    /// Whether the timebox has run out.
    public var isOver: Bool { remainingSeconds < 0 }

    /// `12:30 left of 15:00`, `time is up (15:00)`, `2:10 over 15:00`: in English (each
    /// language's: `ConsoleStrings.text(_:)`).
    public var text: String { ConsoleStrings.english.text(self) }

    /// Seconds as a clock: `4:05`, `15:00`, `1:02:03`.
    public static func clock(_ seconds: Int) -> String {
        let seconds = max(0, seconds)
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
    }
}
