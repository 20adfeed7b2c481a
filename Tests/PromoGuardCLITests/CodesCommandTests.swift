import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCLI

/// `promoguard codes generate|stats`.
@Suite struct CodesCommandTests {
  /// A new empty folder under /tmp, removed by `cleanUp`.
  static func folder() throws -> String {
    let path = "/tmp/promoguard-codes-tests-\(UInt64.random(in: 0...UInt64.max))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func cleanUp(_ folder: String) {
    try? FileManager.default.removeItem(atPath: folder)
  }

  static func lines(_ path: String) throws -> [String] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func generatesUniqueCodesWithAHeader() throws {
    let folder = try Self.folder()
    defer { Self.cleanUp(folder) }
    let output = folder + "/welcome.csv"
    let run = CLIRun([
      "codes", "generate", "--count", "1000", "--pattern", "WELCOME-XXXX-XXXX", "--output", output,
    ])
    #expect(run.exitCode == 0)
    #expect(run.standardError == "")
    let written = try Self.lines(output)
    // The header, 1,000 codes and the empty string after the last line break.
    #expect(written.count == 1_002)
    #expect(written.first == "code")
    #expect(written.last == "")
    let codes = written.dropFirst().dropLast()
    #expect(Set(codes.map(CodeKey.relaxed)).count == 1_000)
    #expect(codes.allSatisfy { $0.count == 17 && $0.hasPrefix("WELCOME-") })
    // 25^8 = 152,587,890,625; ÷ 1,000 = 152,587,890 (rounded down).
    let summary = run.standardOutput.split(separator: "\n").map(String.init)
    #expect(
      Array(summary.prefix(3)) == [
        "wrote 1,000 codes to \(output) (CSV, header \"code\")",
        "pattern WELCOME-XXXX-XXXX: 8 random characters from 25 (34679ACDEFGHJKMNPQRTUVWXY): "
          + "25^8 = 152,587,890,625 codes",
        "a stranger typing a well-formed code finds a live one with a chance of 1 in 152,587,890 "
          + "per try",
      ])
  }

  @Test func refusesAPatternTooSmallAndWritesNothing() throws {
    let folder = try Self.folder()
    defer { Self.cleanUp(folder) }
    let output = folder + "/welcome.csv"
    // 25^8 = 152,587,890,625 < 200,000 × 10^6 = 2×10^11; 25^9 = 3,814,697,265,625 is enough.
    let run = CLIRun([
      "codes", "generate", "--count", "200000", "--pattern", "WELCOME-XXXX-XXXX", "--output",
      output,
    ])
    #expect(run.exitCode == 2)
    #expect(
      run.standardError
        == "error: the pattern WELCOME-XXXX-XXXX has 8 random characters from 25: "
        + "25^8 = 152,587,890,625 codes; 200,000 codes need at least 200,000,000,000 (a million "
        + "times as many, so a stranger typing a well-formed code finds a live one at most once in a "
        + "million tries): use 9 random characters (25^9 = 3,814,697,265,625), e.g. add 1 X\n")
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func neverWritesOverAFile() throws {
    let folder = try Self.folder()
    defer { Self.cleanUp(folder) }
    let output = folder + "/sent.csv"
    try #require(FileWriter.write("code\nALREADY-SENT-1\n", to: output))
    let run = CLIRun(["codes", "generate", "--count", "5", "--output", output])
    #expect(run.exitCode == 2)
    #expect(run.standardError.hasPrefix("error: \(output) already exists"))
    #expect(try Self.lines(output) == ["code", "ALREADY-SENT-1", ""])
  }

  @Test func checkCharactersAndPlainFormat() throws {
    let folder = try Self.folder()
    defer { Self.cleanUp(folder) }
    let output = folder + "/codes.txt"
    let run = CLIRun([
      "codes", "generate", "--count", "300", "--check-character", "--format", "plain", "--output",
      output,
    ])
    #expect(run.exitCode == 0)
    let codes = try Self.lines(output).dropLast()
    #expect(codes.count == 300)
    for code in codes {
      // XXXX-XXXX-XXXX and the check character: 15 characters, 13 of the alphabet.
      #expect(code.count == 15)
      #expect(CheckCharacter.isValid(Array(code.filter { $0 != "-" }), in: .unambiguous))
    }
  }

  @Test func oneCodePerCustomer() throws {
    let folder = try Self.folder()
    defer { Self.cleanUp(folder) }
    let customers = folder + "/customers.csv"
    try #require(
      FileWriter.write(
        "email;external_id\na@example.com;c-1\nb@example.com;\"c,2\"\nc@example.com;c-3\n",
        to: customers))
    let output = folder + "/recovery.csv"
    let run = CLIRun([
      "codes", "generate", "--customers", customers, "--column", "external_id", "--output", output,
    ])
    #expect(run.exitCode == 0)
    #expect(run.standardError == "")
    let written = try Self.lines(output)
    #expect(written.count == 5)
    #expect(written[0] == "code,customer")
    #expect(written[1].hasSuffix(",c-1"))
    #expect(written[2].hasSuffix(",\"c,2\""))
    #expect(written[3].hasSuffix(",c-3"))
    #expect(run.standardOutput.hasPrefix("wrote 3 codes, one per customer, to \(output)"))
  }

  @Test func refusesACustomerGivenTwice() throws {
    let folder = try Self.folder()
    defer { Self.cleanUp(folder) }
    let customers = folder + "/customers.txt"
    try #require(FileWriter.write("c-1\nc-2\nc-1\n", to: customers))
    let output = folder + "/recovery.csv"
    let run = CLIRun(["codes", "generate", "--customers", customers, "--output", output])
    #expect(run.exitCode == 2)
    #expect(
      run.standardError
        == "\(customers):3:1: customer: the customer \"c-1\" is also on line 1 — one code per "
        + "customer: remove the repeated row\n1 problem found; nothing was written.\n")
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test(
    arguments: [
      (["codes"], "error: missing subcommand: write 'codes generate' or 'codes stats'"),
      (
        ["codes", "generat"],
        "error: unknown subcommand 'generat' (did you mean 'generate'?): use 'generate' or 'stats'"
      ),
      (
        ["codes", "stats", "x.csv", "--count", "3"],
        "error: '--count' is not an option of 'codes stats' (see 'promoguard codes --help')"
      ),
      (
        ["codes", "generate", "--count", "3"],
        "error: missing --output FILE: name the file to create"
      ),
      (
        ["codes", "generate", "--count", "three", "--output", "/tmp/x"],
        "error: --count three: expected a whole number from 1 to 20,000,000"
      ),
      (
        ["codes", "generate", "--count", "3", "--alphabet", "AAB", "--output", "/tmp/x"],
        "error: the alphabet holds \"A\" twice (letters count without case, as checkout matches codes); give each character once"
      ),
    ])
  func refusesBadArguments(_ arguments: [String], _ firstLine: String) {
    let run = CLIRun(arguments)
    #expect(run.exitCode == 2)
    #expect(run.standardError.split(separator: "\n").first.map(String.init) == firstLine)
  }

  static let planted = """
    code
    WELCOME-7F3K-Q2ZD
    SAVE10
    welcome-7f3k-q2zd
    QX7K-0041
    QX7K-0042
    QX7K-0043
    7F3K-Q2ZD

    """

  @Test func statsFindDuplicatesAndGuessableCodes() throws {
    let folder = try Self.folder()
    defer { Self.cleanUp(folder) }
    let file = folder + "/codes.csv"
    try #require(FileWriter.write(Self.planted, to: file))
    let run = CLIRun(["codes", "stats", file])
    #expect(run.exitCode == 1)
    // Line 4 repeats line 2 under relaxed matching. SAVE10: 6 characters, "save" + 2; 0041–0043: a run of 3.
    // Lengths 15, 6, 15, 8, 8, 8, 8 → sorted 6 8 8 8 8 15 15: min 6, median (4th of 7) 8, max 15.
    #expect(
      run.standardOutput == """
        \(file): 7 codes (CSV, column "code")
        duplicates under relaxed matching: 1
          line 4 "welcome-7f3k-q2zd" is line 2 "WELCOME-7F3K-Q2ZD"
        guessable: 4 (too short 1, sequential 3, dictionary word 1, low variety 0)
          line 3 "SAVE10": only 6 significant characters (8 needed); the word "save" with only 2 other characters (6 needed)
          line 5 "QX7K-0041": one of 3 or more codes that differ only by a number going up by one
          line 6 "QX7K-0042": one of 3 or more codes that differ only by a number going up by one
          line 7 "QX7K-0043": one of 3 or more codes that differ only by a number going up by one
        length (significant characters): min 6, median 8, max 15
        alphabet: 21 characters: 0 1 2 3 4 7 A C D E F K L M O Q S V W X Z
        look-alike characters: 0 1 2 L O S Z
        1 duplicate, 4 guessable codes: replace them before the codes are sent

        """)
  }

  @Test func statsUnderExactMatchingKeepCaseApart() throws {
    let folder = try Self.folder()
    defer { Self.cleanUp(folder) }
    let file = folder + "/codes.txt"
    try #require(FileWriter.write("WELCOME-7F3K-Q2ZD\nwelcome-7f3k-q2zd\n", to: file))
    let run = CLIRun(["codes", "stats", file, "--matching", "exact", "--format", "json"])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains("\"duplicates\": {\n    \"count\": 0,"))
    #expect(run.standardOutput.contains("\"column\": null"))
    let relaxed = CLIRun(["codes", "stats", file])
    #expect(relaxed.exitCode == 1)
  }

  @Test func statsOfGeneratedCodesAreClean() throws {
    let folder = try Self.folder()
    defer { Self.cleanUp(folder) }
    let output = folder + "/codes.csv"
    #expect(CLIRun(["codes", "generate", "--count", "2000", "--output", output]).exitCode == 0)
    let run = CLIRun(["codes", "stats", output])
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput.contains("length (significant characters): min 12, median 12, max 12"))
    #expect(run.standardOutput.contains("look-alike characters: none"))
  }

  @Test func statsLocateABadFile() throws {
    let folder = try Self.folder()
    defer { Self.cleanUp(folder) }
    let file = folder + "/codes.csv"
    try #require(
      FileWriter.write("code,customer\nQX7K-9D3F-ACDE,c-1\n,c-2\n\"QX7K,c-3\n", to: file))
    let run = CLIRun(["codes", "stats", file])
    #expect(run.exitCode == 2)
    // The empty code of line 3, column 1; the quote of line 4 never closes.
    #expect(
      run.standardError.hasPrefix(
        "\(file):3:1: code: expected a code, found an empty field — fill it in or remove the row\n")
    )
    #expect(run.standardError.contains("\(file):4:"))
  }
}
