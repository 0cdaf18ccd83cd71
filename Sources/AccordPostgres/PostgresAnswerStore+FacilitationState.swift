import AccordCore
import AccordStore
import PostgresNIO

extension PostgresAnswerStore {
    /// Where `session`'s live workshop is (`AnswerStore.facilitationState`); not started when
    /// nothing is stored.
    public func facilitationState(session: String) async throws -> FacilitationState {
        let rows = try await query(
            """
            SELECT phase_index, discussing_results, revealed_round, revealed_index, more_depth
            FROM facilitation_state WHERE session_id = \(session)
            """)
        var state = FacilitationState()
        for try await (phase, discussing, round, index, depth) in rows.decode((Int?, Bool, Int?, Int?, Int).self) {
            state = FacilitationState(
                phaseIndex: phase, discussingResults: discussing, revealedRound: round, revealedIndex: index,
                moreDepth: depth)
        }
        return state
    }

    /// Stores `state` as where `session`'s live workshop is, replacing the last one.
    public func setFacilitationState(_ state: FacilitationState, session: String) async throws {
        _ = try await rounds(of: session, locking: nil)  // an unknown session is an error
        try await execute(
            """
            INSERT INTO facilitation_state
                (session_id, phase_index, discussing_results, revealed_round, revealed_index, more_depth)
            VALUES (\(session), \(state.phaseIndex), \(state.discussingResults), \(state.revealedRound),
                    \(state.revealedIndex), \(state.moreDepth))
            ON CONFLICT (session_id) DO UPDATE SET phase_index = EXCLUDED.phase_index,
                discussing_results = EXCLUDED.discussing_results, revealed_round = EXCLUDED.revealed_round,
                revealed_index = EXCLUDED.revealed_index, more_depth = EXCLUDED.more_depth
            """)
    }
}
