import Testing

@testable import AccordServer

/// The per-client token bucket, on a clock the test moves (no waiting).
@Suite struct DraftStartLimiterTests {
    @Test func aClientGetsItsBurstThenOneStartPerRefill() {
        let limiter = DraftStartLimiter(burst: 3, refillSeconds: 10)
        let start = ContinuousClock.now
        #expect((0..<5).map { _ in limiter.allow("a", now: start) } == [true, true, true, false, false])
        #expect(limiter.allow("b", now: start))  // another client has its own bucket
        #expect(!limiter.allow("a", now: start + .seconds(9)))
        // Twenty seconds later two starts have come back, and no more.
        #expect((0..<3).map { _ in limiter.allow("a", now: start + .seconds(20)) } == [true, true, false])
    }

    @Test func memoryStaysBoundedAndFullBucketsAreForgotten() {
        let limiter = DraftStartLimiter(burst: 2, refillSeconds: 10, maxClients: 3)
        let start = ContinuousClock.now
        for client in ["a", "b", "c"] { #expect(limiter.allow(client, now: start)) }
        #expect(!limiter.allow("d", now: start))  // every remembered client is still busy
        #expect(limiter.allow("d", now: start + .seconds(10)))  // their buckets refilled: forgotten
    }
}
