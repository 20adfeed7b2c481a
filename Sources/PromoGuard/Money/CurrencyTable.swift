/// The currencies of ISO 4217 List One that have a numeric minor unit.
///
/// The list is the one in force at the end of 2025 (amendments up to 179; amendment 180, which
/// withdraws BGN from 1 January 2026, is not yet applied). It includes the funds codes (BOV, CHE,
/// CHW, CLF, COU, MXV, USN, UYI, UYW, XAD) and the newest codes (VED, SLE, ZWG, XCG, XAD). It
/// leaves out the codes whose minor unit is "N.A." (XAG, XAU, XPD, XPT, XBA, XBB, XBC, XBD, XDR,
/// XSU, XUA, XTS, XXX) and withdrawn codes (ANG, CUC, HRK, SLL, ZWL …).
///
/// Names are English common nouns, as in "orders in US dollars"; they follow the CLDR English
/// display names, with a few spelling fixes.
enum CurrencyTable {
  /// One currency: its code, exponent, names and (for a few) an unambiguous symbol.
  struct Entry: Sendable {
    /// The code's three letters, packed as `Currency.letters(of:)` packs them.
    let letters: UInt32
    /// The number of decimal places of the minor unit.
    let exponent: UInt8
    /// The name of one unit.
    let name: String
    /// The name of several units.
    let pluralName: String
    /// The symbol, only where it names this currency unambiguously.
    let symbol: String?

    init(
      _ code: StaticString, _ exponent: UInt8, _ name: String, _ pluralName: String,
      symbol: String? = nil
    ) {
      self.letters = Currency.letters(of: code)
      self.exponent = exponent
      self.name = name
      self.pluralName = pluralName
      self.symbol = symbol
    }
  }

  /// Every row, in code order.
  static let entries: [Entry] = [
    Entry("AED", 2, "UAE dirham", "UAE dirhams"),
    Entry("AFN", 2, "Afghan afghani", "Afghan afghanis"),
    Entry("ALL", 2, "Albanian lek", "Albanian lekë"),
    Entry("AMD", 2, "Armenian dram", "Armenian drams"),
    Entry("AOA", 2, "Angolan kwanza", "Angolan kwanzas"),
    Entry("ARS", 2, "Argentine peso", "Argentine pesos"),
    Entry("AUD", 2, "Australian dollar", "Australian dollars"),
    Entry("AWG", 2, "Aruban florin", "Aruban florins"),
    Entry("AZN", 2, "Azerbaijani manat", "Azerbaijani manats"),
    Entry("BAM", 2, "Bosnia-Herzegovina convertible mark", "Bosnia-Herzegovina convertible marks"),
    Entry("BBD", 2, "Barbadian dollar", "Barbadian dollars"),
    Entry("BDT", 2, "Bangladeshi taka", "Bangladeshi takas"),
    Entry("BGN", 2, "Bulgarian lev", "Bulgarian leva"),
    Entry("BHD", 3, "Bahraini dinar", "Bahraini dinars"),
    Entry("BIF", 0, "Burundian franc", "Burundian francs"),
    Entry("BMD", 2, "Bermudian dollar", "Bermudian dollars"),
    Entry("BND", 2, "Brunei dollar", "Brunei dollars"),
    Entry("BOB", 2, "Bolivian boliviano", "Bolivian bolivianos"),
    Entry("BOV", 2, "Bolivian mvdol", "Bolivian mvdols"),
    Entry("BRL", 2, "Brazilian real", "Brazilian reals"),
    Entry("BSD", 2, "Bahamian dollar", "Bahamian dollars"),
    Entry("BTN", 2, "Bhutanese ngultrum", "Bhutanese ngultrums"),
    Entry("BWP", 2, "Botswanan pula", "Botswanan pulas"),
    Entry("BYN", 2, "Belarusian ruble", "Belarusian rubles"),
    Entry("BZD", 2, "Belize dollar", "Belize dollars"),
    Entry("CAD", 2, "Canadian dollar", "Canadian dollars"),
    Entry("CDF", 2, "Congolese franc", "Congolese francs"),
    Entry("CHE", 2, "WIR euro", "WIR euros"),
    Entry("CHF", 2, "Swiss franc", "Swiss francs"),
    Entry("CHW", 2, "WIR franc", "WIR francs"),
    Entry("CLF", 4, "Chilean unit of account (UF)", "Chilean units of account (UF)"),
    Entry("CLP", 0, "Chilean peso", "Chilean pesos"),
    Entry("CNY", 2, "Chinese yuan", "Chinese yuan"),
    Entry("COP", 2, "Colombian peso", "Colombian pesos"),
    Entry("COU", 2, "Colombian real value unit", "Colombian real value units"),
    Entry("CRC", 2, "Costa Rican colón", "Costa Rican colóns"),
    Entry("CUP", 2, "Cuban peso", "Cuban pesos"),
    Entry("CVE", 2, "Cape Verdean escudo", "Cape Verdean escudos"),
    Entry("CZK", 2, "Czech koruna", "Czech korunas"),
    Entry("DJF", 0, "Djiboutian franc", "Djiboutian francs"),
    Entry("DKK", 2, "Danish krone", "Danish kroner"),
    Entry("DOP", 2, "Dominican peso", "Dominican pesos"),
    Entry("DZD", 2, "Algerian dinar", "Algerian dinars"),
    Entry("EGP", 2, "Egyptian pound", "Egyptian pounds"),
    Entry("ERN", 2, "Eritrean nakfa", "Eritrean nakfas"),
    Entry("ETB", 2, "Ethiopian birr", "Ethiopian birrs"),
    Entry("EUR", 2, "euro", "euros", symbol: "€"),
    Entry("FJD", 2, "Fijian dollar", "Fijian dollars"),
    Entry("FKP", 2, "Falkland Islands pound", "Falkland Islands pounds"),
    Entry("GBP", 2, "British pound", "British pounds", symbol: "£"),
    Entry("GEL", 2, "Georgian lari", "Georgian laris"),
    Entry("GHS", 2, "Ghanaian cedi", "Ghanaian cedis"),
    Entry("GIP", 2, "Gibraltar pound", "Gibraltar pounds"),
    Entry("GMD", 2, "Gambian dalasi", "Gambian dalasis"),
    Entry("GNF", 0, "Guinean franc", "Guinean francs"),
    Entry("GTQ", 2, "Guatemalan quetzal", "Guatemalan quetzals"),
    Entry("GYD", 2, "Guyanese dollar", "Guyanese dollars"),
    Entry("HKD", 2, "Hong Kong dollar", "Hong Kong dollars"),
    Entry("HNL", 2, "Honduran lempira", "Honduran lempiras"),
    Entry("HTG", 2, "Haitian gourde", "Haitian gourdes"),
    Entry("HUF", 2, "Hungarian forint", "Hungarian forints"),
    Entry("IDR", 2, "Indonesian rupiah", "Indonesian rupiahs"),
    Entry("ILS", 2, "Israeli new shekel", "Israeli new shekels", symbol: "₪"),
    Entry("INR", 2, "Indian rupee", "Indian rupees", symbol: "₹"),
    Entry("IQD", 3, "Iraqi dinar", "Iraqi dinars"),
    Entry("IRR", 2, "Iranian rial", "Iranian rials"),
    Entry("ISK", 0, "Icelandic króna", "Icelandic krónur"),
    Entry("JMD", 2, "Jamaican dollar", "Jamaican dollars"),
    Entry("JOD", 3, "Jordanian dinar", "Jordanian dinars"),
    Entry("JPY", 0, "Japanese yen", "Japanese yen", symbol: "¥"),
    Entry("KES", 2, "Kenyan shilling", "Kenyan shillings"),
    Entry("KGS", 2, "Kyrgyzstani som", "Kyrgyzstani soms"),
    Entry("KHR", 2, "Cambodian riel", "Cambodian riels"),
    Entry("KMF", 0, "Comorian franc", "Comorian francs"),
    Entry("KPW", 2, "North Korean won", "North Korean won"),
    Entry("KRW", 0, "South Korean won", "South Korean won", symbol: "₩"),
    Entry("KWD", 3, "Kuwaiti dinar", "Kuwaiti dinars"),
    Entry("KYD", 2, "Cayman Islands dollar", "Cayman Islands dollars"),
    Entry("KZT", 2, "Kazakhstani tenge", "Kazakhstani tenges"),
    Entry("LAK", 2, "Laotian kip", "Laotian kips"),
    Entry("LBP", 2, "Lebanese pound", "Lebanese pounds"),
    Entry("LKR", 2, "Sri Lankan rupee", "Sri Lankan rupees"),
    Entry("LRD", 2, "Liberian dollar", "Liberian dollars"),
    Entry("LSL", 2, "Lesotho loti", "Lesotho maloti"),
    Entry("LYD", 3, "Libyan dinar", "Libyan dinars"),
    Entry("MAD", 2, "Moroccan dirham", "Moroccan dirhams"),
    Entry("MDL", 2, "Moldovan leu", "Moldovan lei"),
    Entry("MGA", 2, "Malagasy ariary", "Malagasy ariaries"),
    Entry("MKD", 2, "Macedonian denar", "Macedonian denari"),
    Entry("MMK", 2, "Myanmar kyat", "Myanmar kyats"),
    Entry("MNT", 2, "Mongolian tugrik", "Mongolian tugriks"),
    Entry("MOP", 2, "Macanese pataca", "Macanese patacas"),
    Entry("MRU", 2, "Mauritanian ouguiya", "Mauritanian ouguiyas"),
    Entry("MUR", 2, "Mauritian rupee", "Mauritian rupees"),
    Entry("MVR", 2, "Maldivian rufiyaa", "Maldivian rufiyaas"),
    Entry("MWK", 2, "Malawian kwacha", "Malawian kwachas"),
    Entry("MXN", 2, "Mexican peso", "Mexican pesos"),
    Entry("MXV", 2, "Mexican investment unit", "Mexican investment units"),
    Entry("MYR", 2, "Malaysian ringgit", "Malaysian ringgit"),
    Entry("MZN", 2, "Mozambican metical", "Mozambican meticals"),
    Entry("NAD", 2, "Namibian dollar", "Namibian dollars"),
    Entry("NGN", 2, "Nigerian naira", "Nigerian nairas"),
    Entry("NIO", 2, "Nicaraguan córdoba", "Nicaraguan córdobas"),
    Entry("NOK", 2, "Norwegian krone", "Norwegian kroner"),
    Entry("NPR", 2, "Nepalese rupee", "Nepalese rupees"),
    Entry("NZD", 2, "New Zealand dollar", "New Zealand dollars"),
    Entry("OMR", 3, "Omani rial", "Omani rials"),
    Entry("PAB", 2, "Panamanian balboa", "Panamanian balboas"),
    Entry("PEN", 2, "Peruvian sol", "Peruvian soles"),
    Entry("PGK", 2, "Papua New Guinean kina", "Papua New Guinean kina"),
    Entry("PHP", 2, "Philippine peso", "Philippine pesos", symbol: "₱"),
    Entry("PKR", 2, "Pakistani rupee", "Pakistani rupees"),
    Entry("PLN", 2, "Polish zloty", "Polish zlotys"),
    Entry("PYG", 0, "Paraguayan guarani", "Paraguayan guaranis"),
    Entry("QAR", 2, "Qatari riyal", "Qatari riyals"),
    Entry("RON", 2, "Romanian leu", "Romanian lei"),
    Entry("RSD", 2, "Serbian dinar", "Serbian dinars"),
    Entry("RUB", 2, "Russian ruble", "Russian rubles"),
    Entry("RWF", 0, "Rwandan franc", "Rwandan francs"),
    Entry("SAR", 2, "Saudi riyal", "Saudi riyals"),
    Entry("SBD", 2, "Solomon Islands dollar", "Solomon Islands dollars"),
    Entry("SCR", 2, "Seychellois rupee", "Seychellois rupees"),
    Entry("SDG", 2, "Sudanese pound", "Sudanese pounds"),
    Entry("SEK", 2, "Swedish krona", "Swedish kronor"),
    Entry("SGD", 2, "Singapore dollar", "Singapore dollars"),
    Entry("SHP", 2, "Saint Helena pound", "Saint Helena pounds"),
    Entry("SLE", 2, "Sierra Leonean leone", "Sierra Leonean leones"),
    Entry("SOS", 2, "Somali shilling", "Somali shillings"),
    Entry("SRD", 2, "Surinamese dollar", "Surinamese dollars"),
    Entry("SSP", 2, "South Sudanese pound", "South Sudanese pounds"),
    Entry("STN", 2, "São Tomé and Príncipe dobra", "São Tomé and Príncipe dobras"),
    Entry("SVC", 2, "Salvadoran colón", "Salvadoran colones"),
    Entry("SYP", 2, "Syrian pound", "Syrian pounds"),
    Entry("SZL", 2, "Swazi lilangeni", "Swazi emalangeni"),
    Entry("THB", 2, "Thai baht", "Thai baht"),
    Entry("TJS", 2, "Tajikistani somoni", "Tajikistani somonis"),
    Entry("TMT", 2, "Turkmenistani manat", "Turkmenistani manat"),
    Entry("TND", 3, "Tunisian dinar", "Tunisian dinars"),
    Entry("TOP", 2, "Tongan paʻanga", "Tongan paʻanga"),
    Entry("TRY", 2, "Turkish lira", "Turkish lira"),
    Entry("TTD", 2, "Trinidad and Tobago dollar", "Trinidad and Tobago dollars"),
    Entry("TWD", 2, "New Taiwan dollar", "New Taiwan dollars"),
    Entry("TZS", 2, "Tanzanian shilling", "Tanzanian shillings"),
    Entry("UAH", 2, "Ukrainian hryvnia", "Ukrainian hryvnias"),
    Entry("UGX", 0, "Ugandan shilling", "Ugandan shillings"),
    Entry("USD", 2, "US dollar", "US dollars", symbol: "$"),
    Entry("USN", 2, "US dollar (next day)", "US dollars (next day)"),
    Entry("UYI", 0, "Uruguayan peso (indexed units)", "Uruguayan pesos (indexed units)"),
    Entry("UYU", 2, "Uruguayan peso", "Uruguayan pesos"),
    Entry("UYW", 4, "Uruguayan nominal wage index unit", "Uruguayan nominal wage index units"),
    Entry("UZS", 2, "Uzbekistani som", "Uzbekistani som"),
    Entry("VED", 2, "Venezuelan digital bolívar", "Venezuelan digital bolívars"),
    Entry("VES", 2, "Venezuelan bolívar", "Venezuelan bolívars"),
    Entry("VND", 0, "Vietnamese dong", "Vietnamese dong", symbol: "₫"),
    Entry("VUV", 0, "Vanuatu vatu", "Vanuatu vatus"),
    Entry("WST", 2, "Samoan tala", "Samoan tala"),
    Entry("XAD", 2, "Arab accounting dinar", "Arab accounting dinars"),
    Entry("XAF", 0, "Central African CFA franc", "Central African CFA francs"),
    Entry("XCD", 2, "East Caribbean dollar", "East Caribbean dollars"),
    Entry("XCG", 2, "Caribbean guilder", "Caribbean guilders"),
    Entry("XOF", 0, "West African CFA franc", "West African CFA francs"),
    Entry("XPF", 0, "CFP franc", "CFP francs"),
    Entry("YER", 2, "Yemeni rial", "Yemeni rials"),
    Entry("ZAR", 2, "South African rand", "South African rand"),
    Entry("ZMW", 2, "Zambian kwacha", "Zambian kwachas"),
    Entry("ZWG", 2, "Zimbabwe gold", "Zimbabwe gold"),
  ]

  /// The rows by packed letters; a duplicated row keeps the first (the tests forbid duplicates).
  private static let entriesByLetters: [UInt32: Entry] = Dictionary(
    entries.map { ($0.letters, $0) }, uniquingKeysWith: { first, _ in first })

  /// Every currency, sorted by code (packed letters sort as the codes do).
  static let sortedCurrencies: [Currency] = entries.sorted { $0.letters < $1.letters }.map {
    Currency($0)
  }

  /// The row for a code's packed letters, or `nil` when ISO 4217 has no such active code.
  static func entry(letters: UInt32) -> Entry? {
    entriesByLetters[letters]
  }
}
