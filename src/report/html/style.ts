/** The report's one stylesheet, inline: system fonts only, and an A4 print layout. */
export const stylesheet = `
:root { --ink: #1B2631; --muted: #5D6D7E; --rule: #D5DBE1; --pass: #0072B2; --fail: #D55E00; --skip: #8C8C8C; --band: #F4F6F8; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #FFFFFF; font: 14px/1.45 "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 28px 32px 40px; }
header.report { border-bottom: 3px solid var(--ink); padding-bottom: 12px; margin-bottom: 18px; }
header.report h1 { font-size: 22px; margin: 0 0 4px; letter-spacing: 0.01em; }
header.report .meta { color: var(--muted); margin: 0; }
.verdict { display: flex; gap: 16px; align-items: center; border-radius: 6px; padding: 14px 18px; margin: 0 0 22px; color: #FFFFFF; }
.verdict.pass { background: var(--pass); }
.verdict.fail { background: var(--fail); }
.verdict .mark { font-size: 34px; line-height: 1; font-weight: 700; }
.verdict h2 { font-size: 20px; margin: 0; padding: 0; border: 0; }
.verdict p { margin: 2px 0 0; }
h2 { font-size: 17px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); break-after: avoid; }
h3 { font-size: 15px; margin: 18px 0 6px; break-after: avoid; }
p.note { color: var(--muted); margin: 6px 0; font-size: 13px; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
figure.check { margin: 0; border: 1px solid var(--rule); border-left: 6px solid var(--skip); border-radius: 5px; padding: 10px 14px 8px; break-inside: avoid; }
figure.check.pass { border-left-color: var(--pass); }
figure.check.fail { border-left-color: var(--fail); }
figure.check figcaption { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; font-weight: 600; }
figure.check .id { color: var(--muted); font-weight: 400; font-size: 12px; }
figure.check .figure { margin: 0; font-size: 13px; color: var(--muted); }
figure.check .figure strong { color: var(--ink); font-size: 15px; }
figure.check svg { display: block; margin: 4px 0 2px; }
.status { display: inline-block; border-radius: 3px; padding: 1px 8px; font-size: 12px; font-weight: 700; white-space: nowrap; color: #FFFFFF; background: var(--skip); }
.status.pass { background: var(--pass); }
.status.fail { background: var(--fail); }
.status.info { background: #E8EEF3; color: var(--ink); }
table { border-collapse: collapse; width: 100%; margin: 6px 0 4px; font-size: 13px; }
thead { display: table-header-group; }
th { text-align: left; background: var(--band); border-bottom: 2px solid var(--rule); padding: 6px 8px; font-weight: 600; vertical-align: bottom; }
td { border-bottom: 1px solid var(--rule); padding: 5px 8px; vertical-align: top; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.code { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 12px; white-space: nowrap; }
td .sub { display: block; color: var(--muted); font-size: 12px; }
td.met { background: #EAF3FA; }
td.near { background: #FCE3CC; }
td.far { background: #F5B58A; }
td.farthest { background: #D55E00; color: #FFFFFF; }
td.farthest .sub { color: #FFFFFF; }
td.none { color: var(--muted); font-size: 12px; }
table.groups { table-layout: fixed; }
table.groups th:first-child, table.groups td:first-child { width: 26%; }
table.groups th { white-space: normal; font-size: 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; font-size: 12px; color: var(--muted); margin: 6px 0; }
.legend span::before { content: ""; display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -2px; border: 1px solid var(--rule); }
.legend .met::before { background: #EAF3FA; }
.legend .near::before { background: #FCE3CC; }
.legend .far::before { background: #F5B58A; }
.legend .farthest::before { background: #D55E00; }
.up { color: var(--pass); font-weight: 600; }
.down { color: var(--fail); font-weight: 600; }
.warning { color: #8A5A00; }
.error { color: var(--fail); font-weight: 600; }
footer { margin-top: 30px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12px; }
@media (max-width: 760px) { .charts { grid-template-columns: 1fr; } main { padding: 16px; } }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  .charts { grid-template-columns: 1fr 1fr; gap: 8px; }
  table { font-size: 9pt; }
  h2 { margin-top: 18px; }
  section { break-inside: auto; }
}
`;
