import Foundation
import Testing

@testable import TematikCore

/// `--shard i/N`: parsing, and a partition by document id that covers every document once and stays put.
struct ShardSpecTests {
    @Test(arguments: [("0/1", 0, 1), ("3/7", 3, 7), ("6/7", 6, 7)])
    func parsesIndexOverCount(_ text: String, _ index: Int, _ count: Int) throws {
        let shard = try #require(ShardSpec(parsing: text))
        #expect(shard.index == index && shard.count == count)
        #expect(shard.description == text)
    }

    @Test(arguments: ["7/7", "-1/2", "1/0", "a/b", "1", "1/2/3", "/2", ""])
    func refusesWhatIsNotAShard(_ text: String) {
        #expect(ShardSpec(parsing: text) == nil)
    }

    @Test func shardOfAnIdIsItsHashModuloTheCount() {
        // SHA-256("a") begins ca978112ca1bbdca: 0xca978112ca1bbdca mod 7 = 4, mod 2 = 0.
        #expect(ShardSpec.shard(of: "a", count: 7) == 4)
        #expect(ShardSpec.shard(of: "a", count: 2) == 0)
        #expect(ShardSpec.shard(of: "anything", count: 1) == 0)
    }

    @Test(arguments: [1, 2, 7])
    func everyDocumentBelongsToExactlyOneShard(_ count: Int) {
        let ids = (0..<500).map { "intervju-\($0).txt" }
        let shards = (0..<count).compactMap { ShardSpec(index: $0, count: count) }
        for id in ids {
            #expect(shards.filter { $0.owns(id) }.count == 1, "\(id)")
        }
        // Roughly even: no shard of 500 documents holds fewer than half its fair share.
        for shard in shards {
            #expect(ids.filter(shard.owns).count > 500 / count / 2)
        }
    }

    @Test func onlyShardZeroOwnsTheCorpusAsAWhole() {
        #expect(ShardSpec.whole.ownsCorpusLevel)
        #expect(ShardSpec(index: 0, count: 3)?.ownsCorpusLevel == true)
        #expect(ShardSpec(index: 2, count: 3)?.ownsCorpusLevel == false)
    }
}
