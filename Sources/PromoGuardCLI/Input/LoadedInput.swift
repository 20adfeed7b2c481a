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

  /// A checkout as read from a file or standard input: the checkout, where its values were written, and
  /// the bytes, to quote a line when it cannot be quoted.
  struct LoadedCheckout {
    /// The name shown in messages: the path, or `<stdin>`.
    var name: String
    /// The bytes read.
    var bytes: [UInt8]
    /// The decoded checkout and its positions.
    var located: LocatedCheckout
  }

  /// The checkout in `path` (`-` for standard input), or `nil` after printing why not.
  static func checkout(_ path: String, io: inout CommandIO) -> LoadedCheckout? {
    let name = path == "-" ? "<stdin>" : path
    let bytes: [UInt8]
    if path == "-" {
      bytes = io.readStandardInput()
      guard bytes.count <= InputFiles.maximumFileBytes else {
        io.printError("error: \(InputFiles.standardInputTooLarge)")
        return nil
      }
    } else {
      do {
        bytes = try InputFiles(workingDirectory: io.workingDirectory).read(path)
      } catch {
        for message in error.messages { io.printError("error: \(message)") }
        return nil
      }
    }
    switch CheckoutDecoder.decodeLocated(bytes, path: name, now: io.now()) {
    case .success(let located):
      return LoadedCheckout(name: name, bytes: bytes, located: located)
    case .failure(let error):
      io.standardError += DiagnosticRenderer(sources: [name: bytes]).render(error.diagnostics)
      return nil
    }
  }

  /// Evaluates `checkout`, or prints why it cannot be quoted: like a load problem, with the file, line,
  /// column and JSON path of the value at fault and the line quoted, when the error names one.
  static func quote(_ campaigns: CampaignSet, _ checkout: LoadedCheckout, io: inout CommandIO)
    -> Quote?
  {
    do {
      return try campaigns.evaluate(checkout.located.checkout)
    } catch {
      guard let path = error.path, let found = checkout.located.position(of: path) else {
        io.printError("error: \(checkout.name): \(error.message)")
        return nil
      }
      let diagnostic = Diagnostic(
        file: checkout.name, line: found.position.line, column: found.position.column,
        path: path, message: "[\(error.code)] \(error.message)")
      io.standardError += DiagnosticRenderer(sources: [checkout.name: checkout.bytes]).render(
        [diagnostic], summary: "the checkout cannot be quoted.")
      return nil
    }
  }
}
