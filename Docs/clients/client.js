// Quote checkouts through `promoguard evaluate --stream` from Node (one process, many checkouts).
const { spawn } = require("child_process"); const readline = require("readline"); const fs = require("fs");
const pg = spawn("promoguard", ["evaluate", "--stream", "--campaigns", process.argv[2]]);
const waiting = new Map(); let next = 0;
readline.createInterface({ input: pg.stdout }).on("line", (line) => {
  const r = JSON.parse(line); const w = waiting.get(r.id); waiting.delete(r.id);
  r.error ? w.reject(new Error(r.error.message)) : w.resolve(r.quote); });
const quote = (checkout) => new Promise((resolve, reject) => { const id = ++next;
  waiting.set(id, { resolve, reject }); pg.stdin.write(JSON.stringify({ id, checkout }) + "\n"); });
quote(JSON.parse(fs.readFileSync(process.argv[3]))).then((q) => { console.log(JSON.stringify(q)); pg.stdin.end(); });
