/// Whose turn it is on a store's one connection. A transaction holds the connection from
/// `BEGIN` to `COMMIT`: a statement of another task sent meanwhile would run inside it (and a
/// second import's `CREATE TEMPORARY TABLE` would meet the first's), so tasks sharing a
/// `PostgresAnswerStore` take turns, first come first served. Statements inside a turn (a
/// transaction's own) do not wait for it: the turn a task holds is a task-local value, which
/// child tasks inherit.
actor ConnectionTurn {
    private var isTaken = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// The turn the current task holds, if any.
    @TaskLocal static var held: ObjectIdentifier?

    /// Runs `body` in this turn: at once when the task holds it already, else when the tasks
    /// before it are done.
    nonisolated func run<T>(_ body: () async throws -> T) async throws -> T {
        if Self.held == ObjectIdentifier(self) { return try await body() }
        await take()
        do {
            let value = try await Self.$held.withValue(ObjectIdentifier(self)) { try await body() }
            await pass()
            return value
        } catch {
            await pass()
            throw error
        }
    }

    private func take() async {
        guard isTaken else {
            isTaken = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the turn to the next task waiting, if any (the turn stays taken: it is theirs).
    private func pass() {
        if waiting.isEmpty { isTaken = false } else { waiting.removeFirst().resume() }
    }
}
