import type { MoneyTotal, ProgressReport } from "../core";
import { counted, euro, share } from "./format-de";
import type { ReportBlock } from "./report-document";
import { type ReportColumn, table } from "./report-table";

const columns = (group: string): ReportColumn<MoneyTotal>[] => [
  { header: group, cell: (t) => t.group },
  { header: "Mittel geplant", cell: (t) => euro(t.planned), numeric: true },
  { header: "Mittel verausgabt", cell: (t) => euro(t.spent), numeric: true },
  { header: "Anteil verausgabt", cell: (t) => (t.planned > 0 ? share(t.spent / t.planned) : "–"), numeric: true },
  { header: "Maßnahmen mit Betrag", cell: (t) => String(t.measures), numeric: true },
];

/** The money section (issue 16): sums per field of action, lead office and Geschäftsbereich. */
export const moneyBlocks = (r: ProgressReport): ReportBlock[] => {
  const m = r.money;
  if (!m) return [];
  const rows = (groups: readonly MoneyTotal[]) => [...groups, m.overall];
  return [
    {
      kind: "paragraph",
      text: `Geplant sind ${euro(m.overall.planned)}, verausgabt ${euro(m.overall.spent)}; ${counted(m.overall.measures, "gemeldete Maßnahme nennt", "gemeldete Maßnahmen nennen")} einen Betrag. Grundlage sind die Angaben der Ämter in ihren Spalten für Mittel; nicht gemeldete Maßnahmen fehlen in diesen Summen.`,
    },
    table("Mittel nach Handlungsfeld", columns("Handlungsfeld"), rows(m.byField)),
    table("Mittel nach federführendem Amt", columns("federführendes Amt"), rows(m.byOffice)),
    table("Mittel nach Geschäftsbereich", columns("Geschäftsbereich"), rows(m.byBusinessArea)),
  ];
};
