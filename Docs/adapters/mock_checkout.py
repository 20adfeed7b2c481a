#!/usr/bin/env python3
"""A tiny mock checkout (standard library only) to try `staging_adapter.py` against.

  python3 Docs/adapters/mock_checkout.py 8080 &
  promoguard check Fixtures/examples/sitewide.json --at now \
      --evaluator "python3 Docs/adapters/staging_adapter.py http://localhost:8080"

It knows one coupon, SAVE10: 10% off every item, no conditions. Anything else is NOT_FOUND.
"""
import json
import sys
from decimal import Decimal, ROUND_HALF_UP
from http.server import BaseHTTPRequestHandler, HTTPServer

CENT = Decimal("0.01")


def price(cart):
    active = [c for c in cart["coupons"] if c.strip().upper() == "SAVE10"]
    items, discount = [], Decimal(0)
    for item in cart["items"]:
        subtotal = Decimal(item["price"]) * item["qty"]
        off = (subtotal / 10).quantize(CENT, ROUND_HALF_UP) if active else Decimal(0)
        discount += off
        items.append({**item, "subtotal": str(subtotal), "discount": str(off), "total": str(subtotal - off)})
    subtotal, shipping = sum(Decimal(i["subtotal"]) for i in items), Decimal(cart["shipping"])
    coupons = [{"code": c, "ok": c in active[:1], "promotionId": "save-10" if c in active else None,
                "error": None if c in active[:1] else "NOT_FOUND", "message": ""} for c in cart["coupons"]]
    promotions = [{"promotionId": "save-10", "code": "SAVE10", "discount": str(discount)}] if discount else []
    return {"items": items, "coupons": coupons, "promotions": promotions, "subtotal": str(subtotal),
            "discount": str(discount), "shipping": str(shipping), "shippingDiscount": "0.00",
            "total": str(subtotal - discount + shipping)}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        cart = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        body = json.dumps(price(cart)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


HTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 8080), Handler).serve_forever()
