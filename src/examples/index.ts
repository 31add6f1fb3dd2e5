// The public surface of the example-data generator.
export { buildExampleWorkbooks, CLEAN_EXAMPLE_FILE, PLANTED_MISTAKES } from "./build-example-workbooks";
export type { ExampleFile } from "./example-sheet";
export { EXAMPLE_MEASURES, EXAMPLE_FIELDS } from "./example-data";
export type { ExampleMeasure } from "./example-data";
export { MASTERPLAN_HEADER } from "./masterplan";
export type { MistakeKind, PlantedMistake } from "./planted-mistake";
