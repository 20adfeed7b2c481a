internal import PromoGuard

/// `promoguard codes generate`: unique, unguessable codes from a pattern, written to a new file.
enum CodesGenerate {
  /// Runs `codes generate` with the arguments after `generate`.
  ///
  /// - Returns: 0 when the file is written, 2 for bad arguments or input.
  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    guard arguments.positionals.isEmpty else {
      throw UsageError(
        message:
          "unexpected argument '\(arguments.positionals[0])': codes generate takes only options")
    }
    guard let output = arguments.value("output") else {
      throw UsageError(message: "missing --output FILE: name the file to create")
    }
    let plain: Bool
    switch arguments.value("format") ?? "csv" {
    case "csv": plain = false
    case "plain": plain = true
    case let other:
      throw UsageError(message: "--format \(other): codes generate writes csv (default) or plain")
    }
    let generator: CodeGenerator
    do {
      generator = CodeGenerator(
        pattern: try arguments.value("pattern").map(CodePattern.init) ?? .standard,
        alphabet: try arguments.value("alphabet").map(CodeAlphabet.init) ?? .unambiguous,
        appendsCheckCharacter: arguments.has("check-character"))
    } catch {
      throw UsageError(message: error.message)
    }
    var customers: [String]?
    if let file = arguments.value("customers") {
      if plain {
        throw UsageError(
          message: "--format plain has no customer column: leave it out with --customers")
      }
      if arguments.has("count") {
        throw UsageError(
          message:
            "give --count or --customers, not both: with --customers there is one code per customer"
        )
      }
      guard
        let list = CustomerList.read(
          file, column: arguments.value("column") ?? "customer", io: &io)
      else { return ExitCode.badInput }
      customers = list
    } else if arguments.has("column") {
      throw UsageError(
        message: "--column names the customer column of --customers; give --customers too")
    }
    let count: Int
    if let customers {
      count = customers.count
    } else {
      guard let text = arguments.value("count") else {
        throw UsageError(
          message: "missing --count N (or --customers FILE): how many codes to generate")
      }
      guard let value = Int(text) else {
        throw UsageError(message: "--count \(text): expected a whole number from 1 to 20,000,000")
      }
      count = value
    }
    do {
      try generator.validate(count: count)
    } catch {
      io.printError("error: \(error.message)")
      return ExitCode.badInput
    }
    return write(
      generator: generator, count: count, customers: customers, plain: plain, to: output, io: &io)
  }

  /// Draws the codes into a new file and prints a summary.
  private static func write(
    generator: CodeGenerator, count: Int, customers: [String]?, plain: Bool, to output: String,
    io: inout CommandIO
  ) -> Int32 {
    var writer: CodeFileWriter
    switch CodeFileWriter.create(output, workingDirectory: io.workingDirectory) {
    case .success(let created): writer = created
    case .failure(let error):
      io.printError("error: \(error.message)")
      return ExitCode.badInput
    }
    var random = SystemRandomNumberGenerator()
    var index = 0
    var failure: String?
    var discarded = 0
    if !plain {
      do throws(CodeFileWriter.WriteError) {
        try writer.write(line: customers == nil ? "code" : "code,customer")
      } catch {
        failure = error.message
      }
    }
    if failure == nil {
      do throws(CodeGeneratorError) {
        discarded = try generator.generate(count: count, using: &random) { code in
          guard failure == nil else { return }
          let line = customers.map { code + "," + CSVField.quoted($0[index]) } ?? code
          index += 1
          do throws(CodeFileWriter.WriteError) {
            try writer.write(line: line)
          } catch {
            failure = error.message
          }
        }
      } catch {
        failure = error.message
      }
    }
    if failure == nil {
      do throws(CodeFileWriter.WriteError) { try writer.close() } catch { failure = error.message }
    }
    if let failure {
      writer.discard()
      io.printError("error: \(failure)")
      return ExitCode.badInput
    }
    let space = generator.space
    let pattern = generator.pattern
    let check = generator.appendsCheckCharacter ? " and a check character" : ""
    let what = customers == nil ? "" : ", one per customer,"
    let layout =
      plain
      ? "one code a line"
      : customers == nil ? "CSV, header \"code\"" : "CSV, header \"code,customer\""
    io.print("wrote \(CodeSpace.grouped(UInt64(count))) codes\(what) to \(output) (\(layout))")
    io.print(
      "pattern \(pattern.text)\(check): \(pattern.randomCount) random characters from "
        + "\(generator.alphabet.count) (\(generator.alphabet.text)): \(space.text) codes")
    io.print(
      "a stranger typing a well-formed code finds a live one with a chance of "
        + "\(space.odds(count: count)) per try")
    io.print(
      "drawn with SystemRandomNumberGenerator (getrandom on Linux); unique under relaxed matching; "
        + "\(discarded) draws thrown away (repeats or guessable)")
    return ExitCode.success
  }
}
