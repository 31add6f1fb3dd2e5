import { readFileSync } from "node:fs";
import { MergeReport, ValidateReport } from "../../src/core";

/** A merge's --report-json, read back through the core's report schema: a test fails on any drift. */
export const mergeReportAt = (path: string): MergeReport => MergeReport.parse(JSON.parse(readFileSync(path, "utf8")));

/** The text `validate --json` printed, read back through the same schema. */
export const validateReportOf = (text: string): ValidateReport => ValidateReport.parse(JSON.parse(text));
