import ArgumentParser
import Foundation

/// Entry point: parses the command line, runs the command, and maps failures to Tematik's exit codes
/// (0 done, 1 done with failed inputs, 2 usage or configuration error, 3 internal error).
@main
enum Main {
    static func main() async {
        do {
            var command = try Tematik.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            // ArgumentParser exits 64 on usage errors; Tematik promises 2.
            guard Tematik.exitCode(for: error) == .validationFailure else { Tematik.exit(withError: error) }
            Console.error(Tematik.fullMessage(for: error))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}
