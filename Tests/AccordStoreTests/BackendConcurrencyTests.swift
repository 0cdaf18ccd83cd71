import AccordCore
import AccordStore
import Foundation
import Testing

/// Several processes on one store at once, on every backend: imports and a round's close
/// from separate connections lose nothing and store nothing twice.
@Suite struct BackendConcurrencyTests {
    @Test(arguments: Backend.all)
    func importsAndACloseAtOnceStoreEachFileWholeOrNotAtAll(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let files = try (0..<4).map { part in
            try fixture.file((0..<500).map { BackendFixture.line(vision: 1 + ($0 + part) % 5) })
        }
        let stores = [fixture.store] + [try await fixture.another(), try await fixture.another()]
        // Two imports each on two connections, and the close on a third, all at once.
        let imported = try await withThrowingTaskGroup(of: Int.self) { group in
            for (index, file) in files.enumerated() {
                let store = stores[index % 2]
                group.addTask {
                    do {
                        return try await store.importSubmissions(session: "s", path: file, name: nil).count
                    } catch StoreError.roundClosed, StoreError.importFailed {
                        return 0  // the round closed first: refused whole
                    }
                }
            }
            group.addTask {
                try await Task.sleep(for: .milliseconds(50))
                _ = try await stores[2].closeRound(session: "s")
                return 0
            }
            return try await group.reduce(0, +)
        }
        #expect(imported % 500 == 0)
        #expect(try await fixture.submissionCount() == imported, "every import is stored whole or not at all")
        #expect(try await fixture.store.session("s").openRound == nil)
        for store in stores.dropFirst() { await store.close() }
    }

    @Test(arguments: Backend.all)
    func twoImportsAtOnceLoseNothing(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let other = try await fixture.another()
        let first = try fixture.file(Array(repeating: BackendFixture.line(), count: 2000))
        let second = try fixture.file(Array(repeating: BackendFixture.line(partner: "Globex"), count: 2000))
        async let a = fixture.store.importSubmissions(session: "s", path: first, name: nil)
        async let b = other.importSubmissions(session: "s", path: second, name: nil)
        let counts = try await [a.count, b.count]
        #expect(counts == [2000, 2000])
        #expect(try await fixture.submissionCount() == 4000)
        await other.close()
    }
}
