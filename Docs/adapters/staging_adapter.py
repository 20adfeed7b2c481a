#!/usr/bin/env python3
"""PromoGuard adapter: answers `promoguard check --evaluator` requests by calling a staging checkout over HTTP.

  promoguard check campaigns/ --at now --evaluator "python3 Docs/adapters/staging_adapter.py https://staging.example/api"

Reads one request a line on stdin, writes one response a line on stdout (see Docs/AnyCheckout.md).
Adapt `to_platform` and `to_quote` to your checkout's API; everything else stays.
"""
import json
import sys
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
STATUS = {"EXPIRED": "expired", "NOT_FOUND": "unknownCode", "MIN_SPEND": "conditionsNotMet"}


def to_platform(checkout):
    """The platform's cart for a PromoGuard checkout."""
    return {"currency": checkout["currency"], "coupons": checkout.get("codes", []),
            "customer": checkout.get("customer"), "channel": checkout.get("channel"),
            "items": [{"sku": l["sku"], "price": l["unitPrice"], "qty": l.get("quantity", 1)}
                      for l in checkout["lines"]],
            "shipping": checkout.get("shipping", "0")}


def to_quote(checkout, cart):
    """The PromoGuard quote for the platform's priced cart (amounts stay decimal strings)."""
    lines = [{"sku": i["sku"], "quantity": i["qty"], "unitPrice": i["price"], "subtotal": i["subtotal"],
              "discount": i["discount"], "total": i["total"]} for i in cart["items"]]
    codes = [{"entered": c["code"], "campaign": c.get("promotionId"),
              "status": "applied" if c["ok"] else STATUS.get(c.get("error"), "refused"),
              "message": c.get("message", "")} for c in cart["coupons"]]
    applied = [{"campaign": p["promotionId"], "code": p.get("code"), "discount": p["discount"],
                "shippingDiscount": p.get("shippingDiscount", "0.00")} for p in cart["promotions"]]
    return {"currency": checkout["currency"], "subtotal": cart["subtotal"], "discount": cart["discount"],
            "shipping": cart["shipping"], "shippingDiscount": cart["shippingDiscount"],
            "total": cart["total"], "lines": lines, "applied": applied, "codes": codes}


for line in sys.stdin:
    request = json.loads(line)
    try:
        body = json.dumps(to_platform(request["checkout"])).encode()
        call = urllib.request.Request(BASE + "/cart/price", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(call, timeout=8) as answer:
            response = {"id": request["id"], "quote": to_quote(request["checkout"], json.load(answer))}
    except Exception as error:  # the platform refused the cart: an error response, the stream goes on
        response = {"id": request["id"], "error": {"message": str(error)}}
    print(json.dumps(response), flush=True)
