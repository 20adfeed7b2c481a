import Foundation
import PromoGuardCLI

exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst())))
