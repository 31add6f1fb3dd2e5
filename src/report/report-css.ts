/** Print-first styles: A4, black text, tables that repeat their header on each page. */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 15mm 20mm 15mm; }
html { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; color: #000; background: #fff; line-height: 1.4; }
body { max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
h2 { font-size: 14pt; margin: 9mm 0 3mm; border-bottom: 1px solid #000; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }
p.subtitle { font-size: 12pt; margin: 0 0 6mm; }
p.draft { border: 1px solid #000; padding: 2mm 3mm; }
dl.figures { display: grid; grid-template-columns: max-content auto; gap: 1mm 6mm; margin: 0; }
dl.figures dt { font-weight: bold; }
dl.figures dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 1mm; break-after: avoid; }
th, td { border: 1px solid #777; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
thead th { background: #e6e6e6; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
/* A caption and header row never stand alone at the foot of a page, and a last row never alone at the top. */
tbody tr:first-child, tbody tr:last-child { break-before: avoid; }
.num { text-align: right; }
td.num { white-space: nowrap; }
/* The status table has a column per status: its headers run bottom-to-top, as in printed statistics, so twelve columns fit the page without breaking words. */
table.tally { font-size: 8.5pt; }
table.tally thead th:not(:first-child) { writing-mode: sideways-lr; white-space: nowrap; vertical-align: bottom; text-align: left; padding: 1.5mm 1mm; }
table.tally thead th:first-child { vertical-align: bottom; }
section.field { break-inside: avoid; }
/* The summary by field of action is short: printed whole, its caption and Gesamt row with it. */
table.tally { break-inside: avoid; }
/* Column shares come from the table (html-table.ts); a word longer than its column still breaks rather than leave the page. */
table.fixed { table-layout: fixed; }
table.fixed th, table.fixed td { overflow-wrap: anywhere; }
figure { margin: 2mm 0 5mm; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; margin-top: 1mm; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 10mm; font-size: 9pt; border-top: 1px solid #777; padding-top: 2mm; }
`;
