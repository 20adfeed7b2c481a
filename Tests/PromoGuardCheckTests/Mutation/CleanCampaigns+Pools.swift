extension CleanCampaigns {
  /// A unique-code welcome series and customer-bound recovery vouchers in one USD file (New York, autumn):
  /// each with its pool and recipient list as companion files.
  static let welcomePool = CleanCampaign(
    name: "welcome-pool",
    summary:
      "unique single-use codes (14 days from the email) and bound vouchers, USD, America/New_York",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "welcome-unique",
            "name": "15% off your first order",
            "currency": "USD",
            "timeZone": "America/New_York",
            "starts": "2026-10-01T00:00:00",
            "ends": "2026-12-02T00:00:00",
            "activation": {"pool": {"file": "codes/welcome.csv", "validFor": "P14D"}},
            "benefit": {"percentOff": 15},
            "terms": {
              "text": "15% off your order. Use the code sent to you. One use per code. Valid for 14 days from the email, until 1 December 2026 at 23:59 New York time.",
              "activation": {"pool": {"file": "codes/welcome.csv", "validFor": "P14D"}},
              "benefit": {"percentOff": 15}
            },
            "messages": [
              {
                "id": "welcome-email",
                "channel": "email",
                "sentAt": "2026-10-20T09:15:00",
                "advertises": {"percentOff": 15},
                "recipients": {"file": "sends/welcome-oct.csv", "columns": {"sentAt": "send_time"}}
              }
            ]
          },
          {
            "id": "recovery-10",
            "name": "$10 off your next order",
            "currency": "USD",
            "timeZone": "America/New_York",
            "starts": "2026-10-01T00:00:00",
            "ends": "2026-12-31T00:00:00",
            "activation": {"pool": {"file": "codes/recovery.csv", "validFor": "P30D"}},
            "benefit": {"amountOff": "10.00"},
            "terms": {
              "text": "$10 off your next order. Your personal code can only be used by you. One use per code. Valid for 30 days from the email.",
              "activation": {"pool": {"file": "codes/recovery.csv", "validFor": "P30D"}},
              "benefit": {"amountOff": "10.00"}
            },
            "messages": [
              {
                "id": "recovery-email",
                "channel": "email",
                "sentAt": "2026-10-12T10:00:00",
                "advertises": {"amountOff": "10.00"},
                "recipients": {"file": "sends/recovery-oct.csv"}
              }
            ]
          }
        ],
        "catalog": {
          "products": [
            {"sku": "MERINO-CREW", "name": "Merino crew jumper", "categories": ["knitwear"], "tags": [], "price": "89.00"},
            {"sku": "WOOL-SCARF", "name": "Wool scarf", "categories": ["accessories"], "tags": [], "price": "35.00"},
            {"sku": "CANVAS-TOTE", "name": "Canvas tote", "categories": ["accessories"], "tags": [], "price": "24.00"},
            {"sku": "RAIN-JACKET", "name": "Rain jacket", "categories": ["outerwear"], "tags": [], "price": "149.00"}
          ]
        }
      }
      """,
    rephrasedText: [
      "welcome-unique":
        "Take 15% off: your single-use code works for 2 weeks from receipt. Offer ends 11:59pm ET on Dec 1, 2026.",
      "recovery-10":
        "Sorry! Here is $10 off your next order: a personal code only you can use, once, within 30 days of receiving it.",
    ],
    companions: [
      "codes/welcome.csv": """
      code,expires
      WLC-7F3KQ2ZD,2026-12-02T00:00:00
      WLC-9TXM4HPA,2026-12-02T00:00:00
      WLC-K2WNR8JC,2026-12-02T00:00:00
      WLC-3HVB6YQE,2026-12-02T00:00:00
      WLC-P8DZ2MWT,2026-12-02T00:00:00
      WLC-F4RJ7CNX,2026-12-02T00:00:00
      WLC-Y6QE3KVB,2026-12-02T00:00:00
      WLC-M2TA9PHD,2026-12-02T00:00:00
      WLC-C7WX4RJN,2026-12-02T00:00:00
      WLC-H9BK2ZTF,2026-12-02T00:00:00
      WLC-R3NP8DQY,2026-12-02T00:00:00
      WLC-V5JC6HMW,2026-12-02T00:00:00

      """,
      "sends/welcome-oct.csv": """
      customer,email,code,send_time
      c-1001,jane@example.com,WLC-7F3KQ2ZD,2026-10-20T09:15:00
      c-1002,omar@example.com,WLC-9TXM4HPA,2026-10-20T09:15:00
      c-1003,lee@example.com,WLC-K2WNR8JC,2026-10-20T09:16:00
      c-1004,ana@example.com,WLC-3HVB6YQE,2026-10-20T09:16:00
      c-1005,kofi@example.com,WLC-P8DZ2MWT,2026-10-20T09:17:00
      c-1006,mei@example.com,WLC-F4RJ7CNX,2026-10-27T09:00:00
      c-1007,sam@example.com,WLC-Y6QE3KVB,2026-10-27T09:00:00
      c-1008,ivy@example.com,WLC-M2TA9PHD,2026-10-27T09:01:00
      c-1009,raj@example.com,WLC-C7WX4RJN,2026-11-17T09:00:00
      c-1010,eva@example.com,WLC-H9BK2ZTF,2026-11-17T09:00:00

      """,
      "codes/recovery.csv": """
      code,customer
      RCV-8QX4KD2M,c-20417
      RCV-5ZN7WB3T,c-20418
      RCV-2MHC9XRP,c-20419
      RCV-6TJV4QYA,c-20420

      """,
      "sends/recovery-oct.csv": """
      customer,email,code
      c-20417,noor@example.com,RCV-8QX4KD2M
      c-20418,tom@example.com,RCV-5ZN7WB3T
      c-20419,ada@example.com,RCV-2MHC9XRP

      """,
    ])
}
