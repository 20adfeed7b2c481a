import Foundation
import PromoGuardCLI

exit(CommandLineTool.run(commandLine: CommandLine.arguments))
