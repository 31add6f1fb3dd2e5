import { Syncer } from "./api";
import { changeHandlers, FakeWorksheet } from "./worksheet";
import {
  fillSheet,
  key,
  newSheet,
  versionAtLeast,
  type FakeCell,
  type FakeSheet,
  type FakeValue,
  type FakeWorkbookState,
} from "./model";
import { selections } from "./api";

export interface FakeSheetInit {
  readonly name: string;
  readonly rows?: readonly (readonly (FakeValue | FakeCell | undefined)[])[];
  readonly top?: number;
  readonly left?: number;
  readonly merged?: readonly string[];
  readonly protected?: boolean;
}

/** The same shape as the add-in's ExcelHost (src/taskpane/host.ts), satisfied structurally. */
export interface FakeExcel {
  readonly host: {
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
    supports(version: string): boolean;
  };
  readonly state: FakeWorkbookState;
  sheet(name: string): FakeSheet;
  /** A user typing into a cell: raises the change event (if events are on). */
  edit(sheet: string, row: number, column: number, value: FakeValue): Promise<void>;
  readonly selections: string[];
}

export const createFakeExcel = (init: {
  sheets: readonly FakeSheetInit[];
  apiVersion?: string;
  date1904?: boolean;
}): FakeExcel => {
  const state: FakeWorkbookState = {
    sheets: init.sheets.map((s) => {
      const sheet = fillSheet(newSheet(s.name), s.rows ?? [], s.top ?? 1, s.left ?? 1);
      sheet.merged = [...(s.merged ?? [])];
      sheet.protected = s.protected ?? false;
      return sheet;
    }),
    active: 0,
    use1904DateSystem: init.date1904 ?? false,
    enableEvents: true,
    apiVersion: init.apiVersion ?? "1.16",
    syncs: 0,
    changeEvents: 0,
  };
  selections.length = 0;
  const context = () => {
    const syncer = new Syncer(state);
    const worksheets = {
      getActiveWorksheet: () => new FakeWorksheet(syncer, state.sheets[state.active]!, state),
      getItemOrNullObject: (name: string) =>
        new FakeWorksheet(syncer, state.sheets.find((s) => s.name === name) ?? null, state),
      add: (name: string) => {
        if (state.sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: ${name}`);
        const sheet = newSheet(name);
        state.sheets.push(sheet);
        return new FakeWorksheet(syncer, sheet, state);
      },
    };
    const workbook = {
      worksheets,
      load: () => syncer.queue({ resolve: () => undefined } as never),
      get use1904DateSystem() {
        return state.use1904DateSystem;
      },
    };
    return {
      workbook,
      runtime: {
        set enableEvents(v: boolean) {
          state.enableEvents = v;
        },
        get enableEvents() {
          return state.enableEvents;
        },
      },
      sync: () => syncer.sync(),
    } as unknown as Excel.RequestContext;
  };
  return {
    host: { run: (batch) => batch(context()), supports: (v) => versionAtLeast(state.apiVersion, v) },
    state,
    sheet: (name) => {
      const s = state.sheets.find((x) => x.name === name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
    edit: async (name, row, column, value) => {
      const sheet = state.sheets.find((x) => x.name === name)!;
      sheet.cells.set(key(row, column), { value });
      if (!state.enableEvents) return;
      for (const h of changeHandlers.get(sheet) ?? []) {
        state.changeEvents++;
        await h();
      }
    },
    selections,
  };
};
