/// The report's style sheet, inlined in its `<style>` element: a single readable column on a phone, a wider one
/// on a desktop, and a print layout without colours that waste ink or cards split across pages.
///
/// Plain CSS with no `<` or `&`, so the page stays well-formed XML; system fonts only (no web fonts).
package enum HTMLStyle {
  /// The CSS text.
  package static let css = """
    :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --paper: #ffffff; --page: #f3f5f8;
      --pass: #1b7f3b; --fail: #b42318; --untested: #9a6700; --promised: #2457c5; --given: #c4320a; }
    * { box-sizing: border-box; }
    body { margin: 0; background: var(--page); color: var(--ink);
      font: 15px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    main { max-width: 960px; margin: 0 auto; padding: 16px; }
    h1 { font-size: 1.5em; margin: 8px 0 4px; }
    h2 { font-size: 1.2em; margin: 0; overflow-wrap: anywhere; }
    h3 { font-size: 1em; margin: 16px 0 6px; color: var(--muted); text-transform: uppercase;
      letter-spacing: 0.04em; }
    code, .mono { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
      font-size: 0.9em; overflow-wrap: anywhere; }
    .muted { color: var(--muted); }
    .summary, .card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
      padding: 16px; margin: 16px 0; }
    .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 10px;
      margin: 12px 0; }
    .tile { border: 1px solid var(--line); border-radius: 8px; padding: 10px; text-align: center; }
    .tile .n { display: block; font-size: 1.8em; font-weight: 700; }
    .tile.pass .n { color: var(--pass); } .tile.fail .n { color: var(--fail); }
    .tile.untested .n { color: var(--untested); }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 4px 8px 4px 0; vertical-align: top; }
    .kinds td, .kinds th { border-bottom: 1px solid var(--line); }
    .facts th { color: var(--muted); font-weight: 400; width: 9em; }
    .card-head { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: baseline; }
    .badge { display: inline-block; border-radius: 999px; padding: 2px 10px; font-size: 0.8em;
      font-weight: 700; color: #fff; text-transform: uppercase; letter-spacing: 0.05em; }
    .badge.pass { background: var(--pass); } .badge.fail { background: var(--fail); }
    .badge.untested { background: var(--untested); } .badge.info { background: var(--muted); }
    .card.fail { border-left: 6px solid var(--fail); } .card.pass { border-left: 6px solid var(--pass); }
    .card.untested { border-left: 6px solid var(--untested); }
    .terms { margin: 0; padding-left: 1.2em; }
    .published { margin: 8px 0; padding: 8px 12px; border-left: 3px solid var(--line); color: var(--muted);
      white-space: pre-wrap; }
    .note { margin: 6px 0; padding: 6px 10px; border-radius: 6px; background: #fff6e0; }
    .finding { border-top: 1px solid var(--line); padding-top: 12px; margin-top: 12px; }
    .finding .kind { font-weight: 700; }
    .finding.expected .kind::after { content: " (expected)"; font-weight: 400; color: var(--muted); }
    .receipt { max-width: 440px; margin: 10px 0; padding: 14px 16px; background: #fffdf7;
      border: 1px dashed #b9b29d; border-radius: 4px;
      font-family: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.85em; }
    .receipt .head { text-align: center; font-weight: 700; border-bottom: 1px dashed #b9b29d;
      padding-bottom: 6px; margin-bottom: 6px; }
    .receipt .meta { margin: 0 0 6px; padding: 0; list-style: none; color: var(--muted); }
    .receipt td.amount, .receipt th.amount { text-align: right; padding-right: 0; white-space: nowrap; }
    .receipt td.qty { white-space: nowrap; }
    .receipt tr.total td { border-top: 1px dashed #b9b29d; font-weight: 700; }
    .receipt .outcome { margin-top: 8px; border-top: 1px dashed #b9b29d; padding-top: 6px; }
    .receipt .promised { color: var(--promised); } .receipt .given { color: var(--given); }
    .receipt .told { margin-top: 6px; font-style: italic; }
    .reproduce { display: block; padding: 8px 10px; background: #eef1f6; border-radius: 6px; }
    svg { display: block; width: 100%; height: auto; margin: 8px 0; }
    figure { margin: 8px 0; }
    svg text { font: 11px -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
    svg .axis { stroke: var(--muted); stroke-width: 1; }
    svg .window { fill: #cfe3d6; stroke: var(--pass); }
    svg .terms-window { fill: #dce6fb; stroke: var(--promised); }
    svg .send { stroke: var(--ink); } svg .send.outside { stroke: var(--fail); }
    svg .dot { fill: var(--ink); } svg .dot.outside { fill: var(--fail); }
    svg .promised { fill: none; stroke: var(--promised); stroke-width: 2; stroke-dasharray: 6 4; }
    svg .given { fill: none; stroke: var(--given); stroke-width: 2; }
    svg .witness { stroke: var(--muted); stroke-dasharray: 3 3; }
    svg .grid { stroke: var(--line); }
    footer { color: var(--muted); font-size: 0.85em; margin: 24px 0; }
    @media (max-width: 600px) { main { padding: 8px; } .summary, .card { padding: 12px; }
      body { font-size: 14px; } }
    @media print { body { background: #fff; font-size: 11pt; } main { max-width: none; padding: 0; }
      .summary, .card { border: 1px solid #999; break-inside: avoid-page; box-shadow: none; }
      .finding { break-inside: avoid; } .reproduce { background: none; border: 1px solid #999; }
      .badge { color: #000; border: 1px solid #000; background: none !important; } }
    """
}
