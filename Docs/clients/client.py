# Quote checkouts through `promoguard evaluate --stream` from Python (one process, many checkouts).
import json, subprocess, sys
pg = subprocess.Popen(["promoguard", "evaluate", "--stream", "--campaigns", sys.argv[1]],
                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
def quote(checkout, id=[0]):
    id[0] += 1
    pg.stdin.write(json.dumps({"id": id[0], "checkout": checkout}) + "\n"); pg.stdin.flush()
    response = json.loads(pg.stdout.readline())
    if "error" in response: raise ValueError(response["error"]["message"])
    return response["quote"]
print(json.dumps(quote(json.load(open(sys.argv[2])))))
