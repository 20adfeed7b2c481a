import Foundation
import PromoGuard
import Testing

/// Holds the JSON Schemas to the decoders: the same keys in every object, and the same kinds of value.
@Suite struct FixtureSchemaTests {
  /// Each schema object and the list of keys its decoder allows.
  static let decoderKeys: [String: [String]] = [
    "campaignFile": CampaignFileDecoder.keys, "campaign": CampaignDecoder.keys,
    "terms": CampaignDecoder.termsKeys, "message": CampaignDecoder.messageKeys,
    "link": CampaignDecoder.linkKeys, "activation": RulesDecoder.activationKeys,
    "pool": RulesDecoder.poolKeys, "poolColumns": RulesDecoder.poolColumnKeys,
    "recipients": CampaignDecoder.recipientsKeys,
    "recipientColumns": CampaignDecoder.recipientColumnKeys,
    "audience": RulesDecoder.audienceKeys, "conditions": RulesDecoder.conditionsKeys,
    "maxItems": RulesDecoder.maxItemsKeys,
    "target": RulesDecoder.targetKeys, "selector": RulesDecoder.selectorKeys,
    "limits": RulesDecoder.limitsKeys, "stacking": RulesDecoder.stackingKeys,
    "benefit": BenefitDecoder.keys, "reward": BenefitDecoder.rewardKeys,
    "tier": BenefitDecoder.tierKeys, "gift": BenefitDecoder.giftKeys,
    "catalog": CatalogDecoder.keys,
    "product": CatalogDecoder.productKeys, "checkout": CheckoutDecoder.keys,
    "line": CheckoutDecoder.lineKeys, "customer": CheckoutDecoder.customerKeys,
  ]

  @Test func everySchemaObjectHasTheKeysItsDecoderAllows() {
    let objects = FixtureSchema.documents.flatMap(\.objects)
    #expect(Set(objects.map(\.name)) == Set(Self.decoderKeys.keys))
    for object in objects {
      #expect(
        Set(object.keys) == Set(Self.decoderKeys[object.name] ?? []), "keys of \(object.name)")
      #expect(Set(object.keys).count == object.keys.count, "repeated key in \(object.name)")
      for key in object.required + object.exactlyOneOf + object.alsoExactlyOneOf
        + object.dependentRequired.map(\.key)
      {
        #expect(object.keys.contains(key), "\(object.name) names \(key)")
      }
    }
  }

  @Test(arguments: SchemaCase.all) func theSampleDecodesAndMatchesTheSchema(_ sample: SchemaCase) {
    #expect(sample.decode(sample.document) == [])
    #expect(sample.schema.accepts(sample.document))
  }

  @Test(arguments: SchemaCase.all) func theSampleUsesEveryKeyOfTheSchema(_ sample: SchemaCase) {
    let used = Set(sample.schema.occurrences(in: sample.document).map { "\($0.object).\($0.key)" })
    for object in sample.schema.document.objects {
      for key in object.keys {
        #expect(
          used.contains("\(object.name).\(key)"), "the sample never writes \(object.name).\(key)")
      }
    }
  }

  @Test(arguments: SchemaCase.all) func everyObjectRefusesAnUnknownKey(_ sample: SchemaCase) {
    for object in sample.schema.document.objects {
      guard
        let place = sample.schema.objects(in: sample.document).first(where: {
          $0.object == object.name
        })
      else {
        Issue.record("the sample has no \(object.name)")
        continue
      }
      let changed = place.path.replacing(in: sample.document) { value in
        guard case .object(let fields) = value else { return value }
        return .object(fields + [JSONField(key: "zzUnknown", value: .number("1"))])
      }
      #expect(!sample.schema.accepts(changed), "the schema accepts zzUnknown in \(object.name)")
      let diagnostics = sample.decode(changed)
      #expect(
        diagnostics.contains {
          $0.path == place.path.text && $0.message.hasPrefix("unknown key \"zzUnknown\"")
        }, "\(object.name) at \(place.path.text): \(diagnostics)")
    }
  }

  @Test(arguments: SchemaCase.all) func everyExampleIsAcceptedByTheSchemaAndTheDecoder(
    _ sample: SchemaCase
  ) {
    var seen = Set<String>()
    for place in sample.schema.occurrences(in: sample.document) {
      guard seen.insert("\(place.object).\(place.key)").inserted,
        let property = sample.schema.document.object(place.object)?.property(place.key)
      else { continue }
      for example in property.examples {
        guard let node = try? JSONReader.parse(example) else {
          Issue.record("\(place.object).\(place.key): the example \(example) is not JSON")
          continue
        }
        let value = JSONOutput(node)
        #expect(
          sample.schema.accepts(value, property.value), "\(place.object).\(place.key): \(example)")
        let changed = place.path.replacing(in: sample.document) { _ in value }
        #expect(sample.decode(changed) == [], "\(place.path.text) = \(example)")
      }
    }
  }

  @Test(arguments: SchemaCase.all) func valuesOfTheWrongKindAreRefusedByBoth(_ sample: SchemaCase) {
    let candidates: [JSONOutput] = [
      .bool(true), .number("7"), .string("zz"), .array([]), .object([]), .string(" "),
    ]
    var seen = Set<String>()
    for place in sample.schema.occurrences(in: sample.document) {
      guard seen.insert("\(place.object).\(place.key)").inserted,
        let property = sample.schema.document.object(place.object)?.property(place.key)
      else { continue }
      for candidate in candidates where !sample.schema.accepts(candidate, property.value) {
        let changed = place.path.replacing(in: sample.document) { _ in candidate }
        #expect(
          sample.decode(changed) != [],
          "the decoder accepts \(candidate.rendered(.compact)) at \(place.path.text)")
      }
    }
  }

  @Test(arguments: FixtureSchema.documents.map(\.name)) func theCommittedSchemaIsTheBuiltOne(
    _ name: String
  ) throws {
    let document = try #require(FixtureSchema.documents.first { $0.name == name })
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Docs/schema/\(document.fileName)")
    let committed = try String(contentsOf: file, encoding: .utf8)
    #expect(
      committed == document.text,
      """
      Docs/schema/\(document.fileName) is out of date: run \
      'swift run promoguard schema \(name) > Docs/schema/\(document.fileName)'
      """)
  }

  @Test func theSchemaIsValidJSONWithADescriptionAndExamplesForEveryKey() throws {
    for document in FixtureSchema.documents {
      let parsed = try JSONReader.parse(document.text)
      #expect(JSONOutput(parsed) == document.json)
      for object in document.objects {
        #expect(!object.description.isEmpty)
        for property in object.properties {
          #expect(!property.description.isEmpty, "\(object.name).\(property.name)")
          #expect(!property.examples.isEmpty, "\(object.name).\(property.name)")
        }
      }
    }
  }
}

/// One schema with its sample document and its decoder.
struct SchemaCase: Sendable, CustomTestStringConvertible {
  var schema: SchemaCheck
  var document: JSONOutput
  var decode: @Sendable (JSONOutput) -> [Diagnostic]
  var testDescription: String { schema.document.name }

  static let all = [
    SchemaCase(
      schema: SchemaCheck(document: FixtureSchema.campaignFile),
      document: parsed(SchemaSamples.campaignFile),
      decode: { value in
        switch CampaignFileDecoder.decode(
          Array(value.rendered(.pretty).utf8), path: "sample.json",
          companions: SchemaSamples.companions)
        {
        case .success: return []
        case .failure(let error): return error.diagnostics
        }
      }),
    SchemaCase(
      schema: SchemaCheck(document: FixtureSchema.checkout),
      document: parsed(SchemaSamples.checkout),
      decode: { value in
        let bytes = Array(value.rendered(.pretty).utf8)
        switch CheckoutDecoder.decode(
          bytes, path: "sample.json", now: Instant(microsecondsSinceEpoch: 0))
        {
        case .success: return []
        case .failure(let error): return error.diagnostics
        }
      }),
  ]

  private static func parsed(_ text: String) -> JSONOutput {
    (try? JSONReader.parse(text)).map(JSONOutput.init) ?? .null
  }
}
