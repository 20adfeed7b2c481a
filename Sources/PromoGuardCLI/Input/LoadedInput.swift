internal import PromoGuard

/// Reads and decodes what commands take: campaign files and checkouts, printing every problem for a person.
enum LoadedInput {
  /// The decoded campaign files at `paths`, or `nil` after printing why not.
  ///
  /// - Parameters:
  ///   - paths: Campaign files and directories.
  ///   - io: Where problems are printed.
  /// - Returns: The files and the bytes read (for quoting lines), or `nil`.
  static func campaignFiles(_ paths: [String], io: inout CommandIO) -> (
    files: [CampaignFile], sources: [String: [UInt8]]
  )? {
    let reader = InputFiles(workingDirectory: io.workingDirectory)
    let sources: [CampaignSource]
    do {
      sources = try reader.campaignSources(paths)
    } catch {
      for message in error.messages { io.printError("error: \(message)") }
      return nil
    }
    let bytes = Dictionary(
      sources.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    do {
      return (try CampaignLoader.load(sources), bytes)
    } catch {
      io.standardError += DiagnosticRenderer(sources: bytes).render(error.diagnostics)
      return nil
    }
  }

  /// The compiled campaigns at `paths`, or `nil` after printing why not.
  static func campaignSet(_ paths: [String], io: inout CommandIO) -> CampaignSet? {
    guard let loaded = campaignFiles(paths, io: &io) else { return nil }
    do {
      return try CampaignSet(files: loaded.files)
    } catch {
      io.standardError += DiagnosticRenderer(sources: loaded.sources).render(error.diagnostics)
      return nil
    }
  }

  /// The checkout in `path` (`-` for standard input), or `nil` after printing why not.
  static func checkout(_ path: String, io: inout CommandIO) -> Checkout? {
    let name = path == "-" ? "<stdin>" : path
    let bytes: [UInt8]
    if path == "-" {
      bytes = io.readStandardInput()
    } else {
      do {
        bytes = try InputFiles(workingDirectory: io.workingDirectory).read(path)
      } catch {
        for message in error.messages { io.printError("error: \(message)") }
        return nil
      }
    }
    switch CheckoutDecoder.decode(bytes, path: name, now: io.now()) {
    case .success(let checkout):
      return checkout
    case .failure(let error):
      io.standardError += DiagnosticRenderer(sources: [name: bytes]).render(error.diagnostics)
      return nil
    }
  }

  /// Evaluates `checkout`, or prints why it cannot be quoted.
  static func quote(
    _ campaigns: CampaignSet, _ checkout: Checkout, checkoutPath: String, io: inout CommandIO
  )
    -> Quote?
  {
    do {
      return try campaigns.evaluate(checkout)
    } catch {
      io.printError("error: \(checkoutPath == "-" ? "<stdin>" : checkoutPath): \(error.message)")
      return nil
    }
  }
}
