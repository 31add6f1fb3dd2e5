// The Rückmeldung to each office: its findings listed, its table copied with the problem cells marked.
export {
  buildFeedbackWorkbook,
  feedbackBase,
  feedbackLetterText,
  feedbackName,
  FEEDBACK_SUFFIX,
  isClean,
  FEEDBACK_MARKER,
  FEEDBACK_SHEET,
} from "./feedback-workbook";
export type { FeedbackInput, FeedbackKind } from "./feedback-workbook";
export { coverLines, sheetRef } from "./cover-sheet";
export { SEVERITY_FILL } from "./copy-sheet";
export { fixInternalLinks } from "./internal-links";
export { parseFeedbackReport } from "./report-input";
export type { FeedbackFile, FeedbackIssue, FeedbackReport, ParsedReport } from "./report-input";
