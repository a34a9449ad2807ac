import Foundation
import Testing

@testable import TematikCore

/// `tematik merge` refuses partials that do not add up to one run, names the partial and what differs,
/// and writes nothing then.
@Suite(.serialized) struct MergeRefusalTests {
    let corpus = Paths.root.appendingPathComponent("Corpus")

    /// The diagnostics `Merge.run` refuses `partials` with; records an issue when it does not refuse, or
    /// when it wrote anything.
    func refusal(_ partials: [URL], in folder: TemporaryFolder, codebook: URL? = nil) -> [String] {
        let output = folder.url.appendingPathComponent("merged")
        defer { #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is written") }
        do {
            _ = try Merge.run(MergeOptions(partials: partials, output: output, codebook: codebook))
            Issue.record("the merge was not refused")
        } catch let error as ConfigurationError {
            return error.diagnostics.map(\.description)
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return []
    }

    /// Runs one shard of `count` into `folder/name` with another codebook or unit, if given.
    func shard(
        _ index: Int, of count: Int, _ folder: TemporaryFolder, _ name: String,
        codebook: URL = ShardTestSupport.codebook, unit: CoUnit = .segment
    ) async throws -> URL {
        let output = folder.url.appendingPathComponent(name)
        _ = try await Pipeline.run(
            ShardTestSupport.options(
                corpus, output, shard: ShardSpec(index: index, count: count), codebook: codebook, unit: unit))
        return output
    }

    @Test func anotherCodebookIsNamed() async throws {
        let folder = try TemporaryFolder()
        let other = Paths.fixture("codebook/valid.yaml")
        let first = try await shard(0, of: 2, folder, "a")
        let second = try await shard(1, of: 2, folder, "b", codebook: other)
        let mine = try Pipeline.loadCodebook(ShardTestSupport.codebook).sha256
        let theirs = try Pipeline.loadCodebook(other).sha256
        let messages = refusal([first, second], in: folder)
        #expect(
            messages.first == second.path + "/partial.json: error: codebook sha256 is '\(theirs)', but "
                + first.path + " has '\(mine)'. Run every shard with the same tool, codebook, corpus and options, "
                + "then merge again.")
        #expect(messages.contains { $0.contains("codebook path is 'valid.yaml'") })
    }

    @Test func anotherUnitIsNamed() async throws {
        let folder = try TemporaryFolder()
        let first = try await shard(0, of: 2, folder, "a")
        let second = try await shard(1, of: 2, folder, "b", unit: .sentence)
        #expect(
            refusal([first, second], in: folder) == [
                second.path + "/partial.json: error: unit is 'sentence', but " + first.path
                    + " has 'segment'. Run every "
                    + "shard with the same tool, codebook, corpus and options, then merge again."
            ])
    }

    @Test func aMissingShardIsNamed() async throws {
        let folder = try TemporaryFolder()
        let partials = [try await shard(0, of: 3, folder, "a"), try await shard(2, of: 3, folder, "c")]
        #expect(
            refusal(partials, in: folder) == [
                "tematik merge: error: shard 1/3 missing. Run 'tematik run --shard 1/3' with the same options and add "
                    + "its folder."
            ])
    }

    @Test func aDuplicateShardIsNamed() async throws {
        let folder = try TemporaryFolder()
        let first = try await shard(0, of: 2, folder, "a")
        let again = try await shard(0, of: 2, folder, "a-again")
        let second = try await shard(1, of: 2, folder, "b")
        #expect(
            refusal([first, second, again], in: folder) == [
                again.path + "/partial.json: error: shard 0/2 is given twice (also " + first.path + "). Give each "
                    + "shard's folder once."
            ])
    }

    @Test func anotherShardCountIsNamed() async throws {
        let folder = try TemporaryFolder()
        let first = try await shard(0, of: 2, folder, "a")
        let second = try await shard(1, of: 3, folder, "b")
        #expect(
            refusal([first, second], in: folder) == [
                second.path + "/partial.json: error: shard count is '3', but " + first.path + " has '2'. Run every "
                    + "shard with the same tool, codebook, corpus and options, then merge again."
            ])
    }

    @Test func aCodebookThatIsNotTheShardsOneIsRefused() async throws {
        let folder = try TemporaryFolder()
        let partial = try await shard(0, of: 1, folder, "a")
        let other = Paths.fixture("codebook/valid.yaml")
        let messages = refusal([partial], in: folder, codebook: other)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix(other.path + ": error: is not the codebook the shards used") == true)
    }

    @Test func aFolderWithoutAPartialIsNamed() throws {
        let folder = try TemporaryFolder()
        #expect(
            refusal([folder.url], in: folder) == [
                folder.url.path + "/partial.json: error: no partial result here. Give the --out folders of "
                    + "'tematik run --shard i/N' runs that have finished."
            ])
    }

    @Test func aDamagedCodingsFileIsNamed() async throws {
        let folder = try TemporaryFolder()
        let partial = try await shard(0, of: 1, folder, "a")
        let codings = partial.appendingPathComponent("codings.csv")
        let data = try Data(contentsOf: codings)
        try data.dropLast(10).write(to: codings)
        let messages = refusal([partial], in: folder)
        #expect(messages.count == 1)
        #expect(
            messages.first?.hasPrefix(
                codings.path + ": error: has \(data.count - 10) bytes, but partial.json "
                    + "lists rows for \(data.count)") == true)
    }

    @Test func aPartialWithoutItsStoreIsNamed() async throws {
        let folder = try TemporaryFolder()
        let partial = try await shard(0, of: 1, folder, "a")
        let store = partial.appendingPathComponent("store.sqlite")
        try FileManager.default.removeItem(at: store)
        #expect(
            refusal([partial], in: folder) == [
                store.path + ": error: is missing. Run that shard again; its folder is incomplete or was changed."
            ])
    }
}
