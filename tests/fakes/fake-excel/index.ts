// The project's own fake of the Office.js Excel API surface the add-in uses (jest and browser).
export { createFakeExcel } from "./host";
export type { FakeExcel, FakeSheetInit } from "./host";
export type { FakeCell, FakeSheet, FakeValue } from "./model";
