/// Meaning-preserving rewrites of pool campaigns and their companion files (issue 10).
extension Rewrite {
  /// The pool rewrites.
  static let pools: [Rewrite] = [
    Rewrite(
      name: "pool-weeks",
      story: "the window is written P2W instead of P14D on both sides: 2 weeks are 14 calendar days"
    ) { document, _ in
      document.campaigns = document.campaigns.map { campaign in
        var campaign = campaign
        for path in [
          ["activation", "pool", "validFor"], ["terms", "activation", "pool", "validFor"],
        ]
        where campaign.value(at: path)?.string == "P14D" {
          campaign.set(path, to: .string("P2W"))
        }
        return campaign
      }
    },
    Rewrite(
      name: "pool-codes-reordered",
      story:
        "the pool file lists the same codes in reverse order (another export sorts differently)"
    ) { document, _ in
      for (name, csv) in document.companions where name.hasPrefix("codes/") {
        var lines = csv.split(separator: "\n").map(String.init)
        guard lines.count > 2 else { continue }
        let header = lines.removeFirst()
        document.companions[name] = ([header] + lines.reversed()).joined(separator: "\n") + "\n"
      }
    },
    Rewrite(
      name: "pool-csv-quoted",
      story:
        "every field of the pool and recipient files is quoted, with CRLF line ends (Excel's export)"
    ) { document, _ in
      for (name, csv) in document.companions {
        let lines = csv.split(separator: "\n").map { line in
          line.split(separator: ",", omittingEmptySubsequences: false).map { "\"\($0)\"" }
            .joined(separator: ",")
        }
        document.companions[name] = lines.joined(separator: "\r\n") + "\r\n"
      }
    },
    Rewrite(
      name: "pool-column-renamed",
      story:
        "the pool's code column is called coupon_code (Shopify's export) and the campaign maps it with "
        + "\"columns\""
    ) { document, _ in
      for index in document.campaigns.indices {
        var campaign = document.campaigns[index]
        guard let file = campaign.value(at: ["activation", "pool", "file"])?.string,
          let csv = document.companions[file], csv.hasPrefix("code,")
        else { continue }
        document.companions[file] = "coupon_code," + csv.dropFirst("code,".count)
        for path in [["activation", "pool"], ["terms", "activation", "pool"]]
        where campaign.value(at: path) != nil {
          campaign.set(path + ["columns", "code"], to: .string("coupon_code"))
        }
        document.campaigns[index] = campaign
      }
    },
  ]
}
