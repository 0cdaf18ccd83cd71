import AccordStore
import ServiceLifecycle

/// Deletes abandoned browser drafts: one expiry check when the server starts, then one every
/// `configuration.draftExpiryIntervalSeconds` while it runs (see `docs/serving.md`).
struct DraftExpiryService: Service {
    var server: WorkshopServer

    func run() async throws {
        await server.expireAbandonedDrafts()
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            // Returns at once when the server stops (Ctrl-C), never holding up its shutdown.
            try? await cancelOnGracefulShutdown {
                try await Task.sleep(for: .seconds(server.configuration.draftExpiryIntervalSeconds))
            }
            if Task.isCancelled || Task.isShuttingDownGracefully { return }
            await server.expireAbandonedDrafts()
        }
    }
}

extension WorkshopServer {
    /// One expiry check over the served session's browser drafts (a failure, such as a busy
    /// database, is simply retried at the next check).
    public func expireAbandonedDrafts() async {
        _ = try? await store.expireServedDrafts(
            session: configuration.sessionID, afterChecks: configuration.draftExpiryChecks)
    }
}
