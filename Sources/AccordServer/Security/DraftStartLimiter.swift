import Synchronization

/// How many drafts one client may start: a token bucket per client address, held in memory
/// only (addresses are never stored or logged) and bounded in size. A client may start
/// `burst` drafts at once, then one more every `refillSeconds`.
final class DraftStartLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    /// Drafts a client may start at once.
    let burst: Int
    /// Seconds until a client may start one more.
    let refillSeconds: Double
    /// The most clients remembered; beyond it, clients whose bucket is full are forgotten, and
    /// if none is, a new client is refused until one is (memory stays bounded).
    let maxClients: Int
    private let buckets = Mutex<[String: Bucket]>([:])

    init(burst: Int, refillSeconds: Double, maxClients: Int = 4096) {
        self.burst = burst
        self.refillSeconds = refillSeconds
        self.maxClients = maxClients
    }

    /// Takes one start from `client`'s bucket; `false` when it is empty.
    func allow(_ client: String, now: ContinuousClock.Instant = .now) -> Bool {
        buckets.withLock { buckets in
            if buckets[client] == nil, buckets.count >= maxClients {
                buckets = buckets.filter { level($0.value, now: now) < Double(burst) }
                if buckets.count >= maxClients { return false }
            }
            var bucket = buckets[client] ?? Bucket(tokens: Double(burst), updated: now)
            bucket.tokens = level(bucket, now: now)
            bucket.updated = now
            guard bucket.tokens >= 1 else {
                buckets[client] = bucket
                return false
            }
            bucket.tokens -= 1
            buckets[client] = bucket
            return true
        }
    }

    private func level(_ bucket: Bucket, now: ContinuousClock.Instant) -> Double {
        let elapsed = now - bucket.updated
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return min(Double(burst), bucket.tokens + seconds / refillSeconds)
    }
}
