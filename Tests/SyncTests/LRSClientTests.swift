import Foundation
import Testing
@testable import Sync

/// A minimal statement Ralph accepts, made the way the store keeps them: exact bytes.
func sampleStatement(nip: String = "198609262015051001", index: Int = 0) -> BundledStatement {
    let id = UUID().uuidString.lowercased()
    let json = #"{"actor":{"account":{"homePage":"https://siasn.bkn.go.id","name":"\#(nip)"},"objectType":"Agent"},"id":"\#(id)","object":{"id":"https://belajar.asn.go.id/xapi/courses/c/modules/m\#(index)","objectType":"Activity"},"timestamp":"2026-11-29T08:00:00.000Z","verb":{"display":{"en-US":"experienced"},"id":"http://adlnet.gov/expapi/verbs/experienced"}}"#
    return BundledStatement(id: id, json: Data(json.utf8))
}

struct Identified: Decodable, Sendable { var id: String }

@Suite struct LRSClientTests {
    @Test func aBatchIsStoredOnceHoweverOftenItIsSent() throws {
        let client = LRSClient(endpoint: try Ralph.shared.get().tenant())
        let batch = (0..<5).map { sampleStatement(index: $0) }
        try client.post(batch)
        try client.post(batch)
        try client.post(Array(batch.prefix(2)) + [sampleStatement(index: 9)])
        let stored = try client.statements(as: Identified.self).map(\.id)
        #expect(stored.count == 6)
        #expect(Set(stored).isSuperset(of: batch.map(\.id)))
    }

    @Test func readingFollowsTheMoreLinks() throws {
        let client = LRSClient(endpoint: try Ralph.shared.get().tenant())
        let batch = (0..<250).map { sampleStatement(index: $0) }
        try client.post(batch)
        #expect(Set(try client.statements(as: Identified.self).map(\.id)) == Set(batch.map(\.id)))
    }

    @Test func aStatementTheLRSRefusesIsNamedWithItsReason() throws {
        let endpoint = try Ralph.shared.get().tenant()
        let client = LRSClient(endpoint: endpoint)
        let bad = BundledStatement(id: "x", json: Data(#"{"id":"x"}"#.utf8))
        do {
            try client.post([sampleStatement(), bad])
            Issue.record("the LRS accepted a statement without actor, verb and object")
        } catch let SyncError.lrsRejected(url, status, reason, statement) {
            #expect(url == endpoint.display)
            #expect((400..<500).contains(status))
            #expect(statement == "x")
            #expect(reason.contains("actor"))
        }
        #expect(try client.statements(as: Identified.self).isEmpty)
    }

    @Test func differingContentUnderAStoredIdIsRefused() throws {
        let client = LRSClient(endpoint: try Ralph.shared.get().tenant())
        let original = sampleStatement()
        try client.post([original])
        let altered = BundledStatement(id: original.id, json: Data(String(decoding: original.json, as: UTF8.self)
            .replacingOccurrences(of: "m0", with: "m1").utf8))
        #expect {
            try client.post([altered])
        } throws: { error in
            guard case SyncError.lrsRejected(_, 409, _, original.id?) = error else { return false }
            return true
        }
    }

    @Test func wrongCredentialsAreSaidWithoutThePassword() throws {
        let ralph = try Ralph.shared.get()
        let endpoint = try LRSEndpoint(url: ralph.base, user: "tenant01", password: "not-the-password")
        #expect(throws: SyncError.lrsCredentials(url: endpoint.display)) {
            try LRSClient(endpoint: endpoint).post([sampleStatement()])
        }
    }

    /// URLSession followed a 301 by turning the POST into a GET, whose 200 passed for "stored".
    /// Here the redirect points at a real LRS's statements: a client that followed it would
    /// see 200 and say the batch was stored.
    @Test func aRedirectIsReportedAndNeverFollowed() throws {
        let lrs = try Ralph.shared.get().tenant()
        let redirector = try Redirector(status: 301, location: lrs.display)
        let endpoint = try LRSEndpoint(url: redirector.base, user: lrs.user, password: lrs.password)
        let client = LRSClient(endpoint: endpoint)
        #expect(throws: SyncError.lrsMoved(url: endpoint.display, status: 301)) { try client.post([sampleStatement()]) }
        #expect(throws: SyncError.lrsMoved(url: endpoint.display, status: 301)) {
            try client.statements(as: Identified.self)
        }
        #expect(try LRSClient(endpoint: lrs).statements(as: Identified.self).isEmpty)
    }

    @Test func anUnreachableLRSIsReportedAfterItsRetries() throws {
        let endpoint = try LRSEndpoint(url: "http://127.0.0.1:9", user: "u", password: "p")
        let client = LRSClient(endpoint: endpoint, retry: RetryPolicy(attempts: 2, firstDelay: 0.01))
        #expect {
            try client.post([sampleStatement()])
        } throws: { error in
            guard case SyncError.lrsUnreachable(endpoint.display, _) = error else { return false }
            return true
        }
    }
}

@Suite struct LRSEndpointTests {
    @Test(arguments: [
        ("http://127.0.0.1:8100", "http://127.0.0.1:8100/xAPI/statements"),
        ("http://127.0.0.1:8100/", "http://127.0.0.1:8100/xAPI/statements"),
        ("https://lrs.example.go.id/xAPI/", "https://lrs.example.go.id/xAPI/statements"),
        ("https://lrs.example.go.id/lrs/xapi", "https://lrs.example.go.id/lrs/xapi/statements"),
        ("https://lrs.example.go.id/xAPI/statements", "https://lrs.example.go.id/xAPI/statements"),
    ])
    func anyCommonFormOfTheAddressReachesTheStatements(address: String, statements: String) throws {
        #expect(try LRSEndpoint(url: address, user: "u", password: "p").display == statements)
    }

    @Test func credentialsInTheAddressAreTakenOutOfIt() throws {
        let endpoint = try LRSEndpoint(url: "http://kantor:rahasia@127.0.0.1:8100", user: nil, password: nil)
        #expect(endpoint.user == "kantor")
        #expect(endpoint.password == "rahasia")
        #expect(!endpoint.display.contains("rahasia"))
    }

    @Test func anAddressThatIsNoWebAddressIsRefused() {
        #expect(throws: SyncError.lrsAddress("lrs.example.go.id")) {
            try LRSEndpoint(url: "lrs.example.go.id", user: "u", password: "p")
        }
    }

    @Test func missingCredentialsAreSaid() {
        #expect(throws: SyncError.credentialsMissing(url: "http://127.0.0.1:8100/xAPI/statements")) {
            try LRSEndpoint(url: "http://127.0.0.1:8100", user: nil, password: nil)
        }
    }
}

struct RetryPolicyTests {
    @Test func theAppsPushGivesUpWithinSecondsTheCommandsRidesOutARestart() {
        #expect(RetryPolicy.interactive.totalDelay <= 2)
        #expect(RetryPolicy.interactive.attempts >= 2)
        #expect(RetryPolicy().totalDelay >= 20)
    }
}
