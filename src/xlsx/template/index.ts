// Per-office reporting templates and what their identity lets the merge check.
export { buildTemplateWorkbook, HEADER_ROW, INSTRUCTIONS_SHEET, TABLE_SHEET } from "./template-workbook";
export type { TemplateInput } from "./template-workbook";
export { IDENTITY_MARKER, IDENTITY_SHEET, TEMPLATE_VERSION, readIdentity } from "./identity";
export { instructionLines } from "./instructions";
export type { InstructionLine } from "./instructions";
export { safeFileBase, uniqueFileNames } from "./file-name";
