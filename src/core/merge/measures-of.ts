import type { MeasureRecord, MeasureRow } from "../measure-row";

/** A record with a measure ID, as its ID, some fields of its row and the whole row. */
export type IdentifiedMeasure<K extends keyof MeasureRow> = Pick<MeasureRow, K> & {
  readonly measureId: string;
  readonly row: MeasureRow;
};

/**
 * The records that carry a measure ID, each with the fields of its row a caller compares or
 * shows (the master plan's columns, last round's status) and the whole row; rows without an ID are
 * no measure.
 */
export const measuresOf = <K extends keyof MeasureRow>(
  records: readonly MeasureRecord[],
  fields: readonly K[],
): IdentifiedMeasure<K>[] =>
  records.flatMap((r) => {
    const { measureId } = r.row;
    if (measureId === null) return [];
    const picked = Object.fromEntries(fields.map((k) => [k, r.row[k]])) as Pick<MeasureRow, K>;
    return [{ ...picked, measureId, row: r.row }];
  });
