import ExcelJS from "exceljs";
import type { Consolidation, PlanConfig } from "../../core";
import { fillConsolidatedWorkbook, prepareLists, type PreparedLists } from "./fill-workbook";
import type { ConsolidatedLayout } from "./layout";

export { CONSOLIDATED_MARKER } from "./fill-workbook";

/**
 * The consolidated status workbook as bytes, built in memory by exceljs' document writer
 * (browser-safe: no file system, no Node streams). Node writes long lists faster with
 * writeConsolidatedFile (../node), which streams.
 */
export const writeConsolidatedWorkbook = (
  c: Consolidation,
  plan: PlanConfig,
  layout: ConsolidatedLayout = {},
): Promise<Uint8Array> => writePreparedWorkbook(c, plan, prepareLists(c, plan, layout));

/** The same, from lists a caller has already built (the file writer, which chose this writer by them). */
export const writePreparedWorkbook = async (
  c: Consolidation,
  plan: PlanConfig,
  prepared: PreparedLists,
): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  await fillConsolidatedWorkbook(wb, c, plan, prepared.lists, prepared.layout, prepared.tables);
  // Deflate level 1 instead of jszip's 6: a quarter of the packing time for a slightly larger file.
  return new Uint8Array(
    await wb.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } }),
  );
};
