import type ExcelJS from "exceljs";
import { DEFAULT_PLAN, canonicalLayout, type MeasureRecord, type PreviousMeasure } from "../../../src/core";
import { checkWorkbookBytes } from "../../../src/xlsx";
import type { RoundInfo } from "../../../src/core";
import { buildTemplateWorkbook, HEADER_ROW, TABLE_SHEET } from "../../../src/xlsx/template";
import { masterplan } from "../../helpers/offices";
import { loadWorkbook } from "../../helpers/workbook";

export const ROUND: RoundInfo = {
  name: "Zwischenbericht 2024",
  cutoff: "2024-06-30",
  deadline: "2024-07-31",
  contact: "Büro der Integrations- und Ausländerbeauftragten",
};

/** The test master plan's measures (helpers/offices), read as the template command reads them. */
export const masterRecords = async (): Promise<readonly MeasureRecord[]> => {
  const checked = await checkWorkbookBytes("Masterplan.xlsx", "", await masterplan(), DEFAULT_PLAN, "2024-05-01", {
    required: ["measureId", "field", "measure", "leadOffice"],
  });
  return checked.records;
};

export const sozialamtTemplate = async (previous?: ReadonlyMap<string, PreviousMeasure>): Promise<Uint8Array> => {
  const measures = (await masterRecords()).filter((r) => r.row.leadOffice === "Sozialamt");
  return buildTemplateWorkbook({
    plan: DEFAULT_PLAN,
    office: "Sozialamt",
    round: ROUND,
    measures,
    today: "2024-05-01",
    ...(previous ? { previous } : {}),
  });
};

/** The 1-based column of a canonical label in the template's header row. */
export const columnOf = (label: string): number =>
  canonicalLayout(DEFAULT_PLAN).findIndex((c) => c.label === label) + 1;

/** Opens a template, lets `fill` type into the measure sheet as an office would, and saves it. */
export const fillTemplate = async (
  bytes: Uint8Array,
  fill: (ws: ExcelJS.Worksheet, rowOf: (id: string) => number) => void,
): Promise<Uint8Array> => {
  const wb = await loadWorkbook(bytes);
  const ws = wb.getWorksheet(TABLE_SHEET)!;
  const rowOf = (id: string): number => {
    for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return r;
    throw new Error(`no row for ${id}`);
  };
  fill(ws, rowOf);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

/** Fills a template by the plan's column labels, per measure ID, as an office would type it. */
export const fillByLabel = (
  bytes: Uint8Array,
  values: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): Promise<Uint8Array> =>
  fillTemplate(bytes, (ws, rowOf) => {
    for (const [id, row] of Object.entries(values)) {
      let r: number;
      try {
        r = rowOf(id);
      } catch {
        continue;
      }
      for (const [label, v] of Object.entries(row)) ws.getCell(r, columnOf(label)).value = v as ExcelJS.CellValue;
    }
  });

const ASOF = new Date("2024-06-28T00:00:00Z");
/** A complete, clean return for the test master plan's four measures. */
export const FILLED: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "1.1.1": { Umsetzungsstand: "umgesetzt", Fortschritt: 1, Sachstand: "Kurse laufen regulär", Stand: ASOF },
  "2.1.1": {
    Umsetzungsstand: "in Planung",
    Fortschritt: 0.1,
    Sachstand: "Konzept liegt vor",
    Deckungsvorschlag: "Umschichtung im Sozialbudget",
    Stand: ASOF,
  },
  "3.1.1": {
    Umsetzungsstand: "in Umsetzung",
    Fortschritt: 0.5,
    Sachstand: "Elterncafés in 4 Stadtteilen",
    Stand: ASOF,
  },
  "3.1.2": {
    Umsetzungsstand: "umgesetzt",
    Fortschritt: 1,
    Sachstand: "Pool von Sprachmittlern",
    Deckungsvorschlag: "Landesförderung",
    Stand: ASOF,
  },
};
