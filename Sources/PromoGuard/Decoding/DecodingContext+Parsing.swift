extension DecodingContext {
  /// Parses a whole document; a syntax error (or an exceeded limit) is reported here, at its position.
  ///
  /// ```swift
  /// guard let root = context.parse(bytes) else {
  ///   return .failure(LoadError(diagnostics: context.finishedDiagnostics()))
  /// }
  /// ```
  ///
  /// - Parameter bytes: The document, encoded as UTF-8.
  /// - Returns: The top-level value, or `nil` when the bytes are not one JSON document.
  /// - Complexity: O(*n*), where *n* is the number of bytes.
  func parse(_ bytes: [UInt8]) -> JSONNode? {
    do {
      return try JSONReader.parse(bytes)
    } catch {
      report(error.message, at: error.position, path: "")
      return nil
    }
  }
}
