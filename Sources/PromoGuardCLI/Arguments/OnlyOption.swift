internal import PromoGuard

/// The message for an `--only` id that names no campaign, shared by `check`, `lint` and `terms`.
enum OnlyOption {
  /// `--only ten-of: no campaign has this id (did you mean 'ten-off'?)`, without the `error: ` prefix.
  ///
  /// - Parameters:
  ///   - id: The id given.
  ///   - ids: The ids of the campaigns loaded.
  /// - Returns: One line.
  static func unknownID(_ id: String, among ids: [String]) -> String {
    let hint = NearestName.suggestion(for: id, among: ids.sorted()).map {
      " (did you mean '\($0)'?)"
    }
    return "--only \(id): no campaign has this id\(hint ?? "")"
  }
}
