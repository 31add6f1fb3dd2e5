import {
  type Grid,
  type MeasureRecord,
  type PlanConfig,
  type PreviousMeasure,
  type Register,
  type ReportInput,
  firstMessage,
  type Issue,
} from "../core";
import { checkWorkbookBytes, readConsolidated, readPreviousWorkbook, readWorkbookGrids } from "../xlsx/read";
import { nodeInflateRaw } from "../xlsx/node-inflate";

/** The workbooks a command reads besides the office files, each parsed its own way. */
export type ReferenceKind = "master" | "previous" | "consolidated" | "table";

export type ReferenceValue =
  | { readonly kind: "master"; readonly records: readonly MeasureRecord[]; readonly issues: readonly Issue[] }
  | {
      readonly kind: "previous";
      readonly measures: readonly PreviousMeasure[];
      /** The plan register it carries (history, rounds, decisions); null for a workbook from before it. */
      readonly register: Register | null;
    }
  | { readonly kind: "consolidated"; readonly input: Omit<ReportInput, "plan"> }
  | { readonly kind: "table"; readonly grid: Grid | null };

/** A result, or the German sentence that explains why the workbook cannot serve (a usage error). */
export type ReferenceResult =
  | { readonly ok: true; readonly value: ReferenceValue }
  | { readonly ok: false; readonly message: string };

/**
 * Node's zlib inflates as the office files do: fflate took three times as long on a register of five
 * rounds, the largest workbook of a merge (937 ms against 362 ms, measured in one process).
 */
const NATIVE = { inflateRaw: nodeInflateRaw } as const;

/** A master plan has no status yet: only the plan's identifying columns are required. */
const MASTER_REQUIRED = ["measureId", "field", "measure", "leadOffice"] as const;

/**
 * Parses a reference workbook from bytes. Runs in a worker thread (read-worker.ts) with the same
 * heap limit and timeout as office files, or in-process with --workers 0 and in tests.
 */
export const parseReference = async (
  kind: ReferenceKind,
  name: string,
  bytes: Uint8Array,
  plan: PlanConfig,
  today: string,
  sheet?: string,
): Promise<ReferenceResult> => {
  switch (kind) {
    case "table": {
      // An office file's measure table as read, for the marked copy in its Rückmeldung.
      const grids = await readWorkbookGrids(bytes, NATIVE);
      return {
        ok: true,
        value: { kind, grid: grids.ok ? (grids.grids.find((g) => g.sheet === sheet) ?? null) : null },
      };
    }
    case "master": {
      const checked = await checkWorkbookBytes(name, "", bytes, plan, today, { ...NATIVE, required: MASTER_REQUIRED });
      if (checked.result.status === "unreadable" || checked.report === null || checked.report.header === null)
        return {
          ok: false,
          message: `Masterplan ${name}: ${firstMessage(checked.result) || "keine Maßnahmentabelle gefunden"}`,
        };
      return { ok: true, value: { kind, records: checked.records, issues: checked.result.issues } };
    }
    case "previous": {
      const read = await readPreviousWorkbook(bytes, name, plan, today, NATIVE);
      if (!read.ok) return { ok: false, message: read.message };
      return { ok: true, value: { kind, measures: read.measures, register: read.register } };
    }
    case "consolidated": {
      const parsed = await readConsolidated(bytes, name, plan);
      if (!parsed.ok) return { ok: false, message: parsed.message };
      const { plan: _plan, ...input } = parsed.input;
      return { ok: true, value: { kind, input } };
    }
  }
};
