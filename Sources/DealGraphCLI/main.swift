import DealGraph
import Foundation

/// Entry point: parse the command line, run the command, exit with its code.
func main() -> Int32 {
    let arguments: Arguments
    do {
        arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
    } catch {
        Console.error("\(error.message)\nRun 'dealgraph --help' for usage.")
        return ExitCode.usage
    }
    if arguments.flags.contains("version") {
        Console.out(Help.version + "\n")
        return ExitCode.success
    }
    if arguments.flags.contains("help") || arguments.command == "help" {
        Console.out(Help.text + "\n")
        return ExitCode.success
    }
    do {
        try arguments.checkOptions()
        switch arguments.command {
        case "extract":
            return try ExtractCommand(arguments).run()
        case "graph":
            return try GraphCommand(arguments).run()
        case "count":
            return try CountCommand(arguments).run()
        case nil:
            Console.error("no command given\nRun 'dealgraph --help' for usage.")
            return ExitCode.usage
        case let other?:
            Console.error("unknown command '\(other)'\nRun 'dealgraph --help' for usage.")
            return ExitCode.usage
        }
    } catch {
        Console.error("\(error.message)\nRun 'dealgraph --help' for usage.")
        return ExitCode.usage
    }
}

exit(main())
