import type { History } from "./register-types";

/**
 * The plan register a merge carries forward: what the earlier consolidated workbook held besides
 * this round's lists (history and rounds so far), combined with this round. Written into the new
 * consolidated workbook, read back by the next merge.
 */
export interface Register {
  readonly history: History;
}
