// The public surface of the core: everything outside src/core imports from here only.
export { columnLetter, columnIndex, cellAddress } from "./address";
export { assertNever } from "./assert-never";
export { isCellDate, isCellError, isBlankValue, cellText, shownText, textOrNull } from "./cell";
export { isSpaceCode } from "./space-code";
export { germanDate, parseDay, dayProblem } from "./german-date";
export type { CellDate, CellError, CellValue, RawCell, Grid, CellRange } from "./cell";
export { COLUMNS, ColumnKey, ColumnType, COLUMN_TYPES, GUARDED_KEYS, MASTER_KEYS } from "./columns/catalogue";
export type { ColumnEntry } from "./columns/column-entry";
export { compareText, compareMeasureIds } from "./compare";
export { DEFAULT_PLAN } from "./default-plan";
export { bundledPlan } from "./bundled-plan";
export type { Fix } from "./fix";
export { fileResultFromReport, firstMessage, unreadableFileResult, unreadableInput } from "./file-result";
export type { FileResult, FileStatus } from "./file-result";
export { ReportIssue, toReportIssue } from "./json-report/report-issue";
export { ReportFile, toReportFile } from "./json-report/report-file";
export {
  MergeReport,
  Report,
  ReportTotals,
  ValidateReport,
  forOffice,
  reportedTemplateRound,
} from "./json-report/report";
export { buildMergeReport, buildValidateReport, mergeTotals } from "./json-report/build-merge-report";
export { FILE_STATUS_DE, issuePositionDe } from "./json-report/file-text-de";
export type { MasterFacts } from "./json-report/build-merge-report";
export { foldKey, cleanText } from "./fold";
export { memoBounded, memoByText } from "./text-memo";
export { findHeaderRow, matchHeader, HEADER_SEARCH_ROWS } from "./header-detect";
export type { HeaderColumn, HeaderMatch } from "./header-detect";
export { IssueCode, Severity, SEVERITY_RANK } from "./issue";
export type { Issue, IssueOf, IssueBase, IssueParams, Problem, ProblemOf } from "./issue";
export { ISSUES } from "./issues/catalogue";
export type { Audience, IssueEntry } from "./issues/entry";
export { parsePlanConfig, parsePlanConfigText, jsonPath } from "./load-plan";
export type { PlanConfigError, PlanConfigResult } from "./load-plan";
export { canonicalLayout, choiceList, formatOf, wrapped, LIST_SHEET, SEVERITY_COLOR } from "./layout";
export type { LayoutColumn } from "./layout";
export { makeIssue, fileIssue, sheetIssue, issueAt, problem } from "./make-issue";
export { MeasureRow, MeasureRecord, ExtraValue, emptyMeasureRow } from "./measure-row";
export { type PackedRecords, packRecords, unpackRecords, plainRowOf, plainRecordOf } from "./packed-records";
export { type PackedIssues, packIssues, unpackIssues, plainIssueOf } from "./packed-issues";
export { messageDe } from "./messages-de";
export { serialToIso, isoToSerial, isDateFormat } from "./normalise/excel-date";
export { normaliseDate, parseDateText } from "./normalise/date";
export { normaliseProgress } from "./normalise/progress";
export { normaliseChoice } from "./normalise/choice";
export { normaliseMeasureId, ID_PATTERN } from "./normalise/measure-id";
export { DEFAULT_ID_PATTERN as DEFAULT_ID_PATTERN_TEXT } from "./normalise/id-pattern";
export { makeMeasureId } from "./measure-id-template";
export { normaliseBoolean } from "./normalise/boolean";
export { normaliseTimeframe } from "./normalise/timeframe";
export type { Timeframe } from "./normalise/timeframe";
export { normaliseList } from "./normalise/list";
export { normaliseText, looksLikeFormula } from "./normalise/text";
export type { Normalised, Proposal, FixReason } from "./normalise/result";
export { choiceLookups, officeNames } from "./choice-lookups";
export {
  PlanConfig,
  FieldOfAction,
  Office,
  Status,
  StatusCategory,
  BudgetCategory,
  ColumnSpec,
  LinkedPlan,
  ReportingRound,
} from "./plan-config";
export type { PlanConfigInput } from "./plan-config";
export { planIndex } from "./plan-index";
export { asksForCoverage, columnLabels, type ColumnLabels } from "./plan-columns";
export type { PlanIndex } from "./plan-index";
export { compareIssues, sortIssues } from "./sort-issues";
export { countIssues, withAddedIssues } from "./table-report";
export type { IssueCounts, TableReport } from "./table-report";
export { UnreadableReason, unreadableReasonDe } from "./unreadable-reason";
export { consolidate } from "./merge/consolidate";
export { findingsByFile, type FindingsByFile } from "./merge/findings-by-file";
export { mergeRound, prepareRound } from "./merge/merge-round";
export type { MergeRoundOptions, MergedRound, PreparedRound } from "./merge/merge-round";
export { currentRound, flagOldTemplates } from "./merge/old-templates";
export { withTemplateChecks } from "./merge/template-checks";
export { chooseRound, findRound } from "./rounds/round";
export type { RoundChoice, RoundInfo } from "./rounds/round";
export { reportedValue } from "./template-identity";
export type { PrefilledRow, ReportedValue, TemplateIdentity } from "./template-identity";
export { flagRepeatedOffices } from "./merge/repeated-offices";
export { flagAfterStichtag } from "./merge/stichtag";
export { flagUnknownLinks, type LinkedMaster } from "./merge/linked-measures";
export type { Consolidation, ConsolidateOptions, Replies } from "./merge/consolidate";
export type { PlanEntry, Reporting } from "./merge/population";
export type { Deviation } from "./merge/master-deviations";
export { NO_REPORT, businessAreaOf, businessAreas } from "./merge/overview";
export type {
  MergeInput,
  SourcedRecord,
  ConsolidatedMeasure,
  Conflict,
  ComparedField,
  MasterMeasure,
  PreviousMeasure,
  TemplateFacts,
} from "./merge/merge-types";
export { measuresOf } from "./merge/measures-of";
export type { Overview, Tally, CountedMeasure } from "./merge/overview";
export type { MissingReport } from "./merge/master-check";
export type { Change } from "./merge/changes";
export { isOverdue, needsCoverageProposal, hasCoverageProposal, coverageProposal } from "./merge/measure-state";
export type { CoverageProposal } from "./merge/measure-state";
export { validateGrid, validateWorkbook } from "./validate-table";
export type { ValidateOptions } from "./validate-table";
export { buildProgressReport } from "./report/progress-report";
export type {
  ProgressReport,
  ReportInput,
  ReportFacts,
  ReportChange,
  ReportMeasure,
  FieldSection,
  ReportScope,
  ReportLink,
} from "./report/progress-report";
export { historyFigures } from "./report/history-figures";
export type {
  HistoryFigures,
  HistoryMeasure,
  PostponedEnd,
  RoundTally,
  UnchangedMeasure,
} from "./report/history-figures";
export { xmlSafe } from "./xml-safe";
export { countDe } from "./count-de";
export {
  CaseForms,
  Contact,
  Correspondence,
  OfficeAddress,
  countOf,
  guessedForms,
  letterContact,
  officeAddress,
  officeIn,
} from "./correspondence";
export type { GrammarCase, LetterContact } from "./correspondence";
export { MoneyColumns, type MoneyKey } from "./money/money-columns";
export { readAmount, readYear } from "./money/german-amount";
export { moneyKeyOf, readMoney, type MoneyValues } from "./money/money-values";
export { moneyTotals, type MoneyRow, type MoneyTotal, type MoneyTotals } from "./money/money-totals";
export { RegisterRound, HistoryCell, HistoryRow, History, type NextHistory } from "./register/register-types";
export { withRound, planWithRounds, sameRound } from "./register/rounds";
export { nextHistory, reportSpan } from "./register/history";
export type { Register, RegisterState } from "./register/register";
export { consolidateWithRegister, mergedRound } from "./register/carry-register";
export type { RegisterInput } from "./register/carry-register";
export { registerMerge } from "./register/register-merge";
export type { RegisterMergeOptions } from "./register/register-merge";
export { DECISION_KINDS } from "./register/decision";
export type { DecisionKind, DecisionOutcome, DecisionRow, DecisionStatus } from "./register/decision";
export { valueText } from "./register/value-text";
export { decisionText } from "./register/decision-text";
export { punctuality } from "./register/returns";
export { FEEDBACK_LOG_KIND, FeedbackLog, feedbackWritten, withFeedback } from "./register/feedback-log";
export type { FeedbackWritten } from "./register/feedback-log";
export {
  FEEDBACK_LOG_SCHEMA_FILE,
  feedbackLogJsonSchema,
  PUBLISHED_SCHEMAS,
  REPORT_SCHEMA_FILE,
  reportJsonSchema,
} from "./published-schemas";
export { jsonSchemaText } from "./published-schema";
export type { Punctuality, ReceivedDates, ReturnRow } from "./register/returns";
export { NONE } from "./none";
