import { boxAddress, colLetter, parseArea, type Box } from "./addresses";
import { FakeConditionalFormats, FakeRange, Loadable, type Syncer, usedBounds } from "./api";
import { newSheet, type FakeSheet } from "./model";

type Handler = () => Promise<void> | void;
export const changeHandlers = new Map<FakeSheet, Set<Handler>>();

class FakeTables extends Loadable {
  private list: { name: string }[] = [];
  constructor(
    syncer: Syncer,
    private readonly sheet: FakeSheet,
  ) {
    super(syncer);
  }
  protected override snapshot(): void {
    this.list = this.sheet.tables.map((t) => ({ name: t.name }));
  }
  get items(): { name: string }[] {
    return this.need(this.list, "tables.items");
  }
  add(range: FakeRange | string, _hasHeaders: boolean) {
    const box = typeof range === "string" ? parseArea(range) : range.box!;
    const overlaps = this.sheet.tables.some((t) => {
      const b = parseArea(t.address);
      return b.top <= box.bottom && box.top <= b.bottom && b.left <= box.right && box.left <= b.right;
    });
    if (overlaps) throw new Error("InvalidOperation: A table can't overlap another table.");
    const table = { name: `Tabelle${this.sheet.tables.length + 1}`, address: boxAddress(this.sheet.name, box) };
    this.sheet.tables.push(table);
    return {
      set name(n: string) {
        table.name = n;
      },
      get name() {
        return table.name;
      },
    };
  }
}

export class FakeWorksheet extends Loadable {
  constructor(
    syncer: Syncer,
    readonly sheet: FakeSheet | null,
    private readonly workbook: { sheets: FakeSheet[]; active: number },
  ) {
    super(syncer);
  }
  private get s(): FakeSheet {
    if (!this.sheet) throw new Error("fake Excel: null worksheet used");
    return this.sheet;
  }
  get isNullObject(): boolean {
    return this.needSync(this.sheet === null, "isNullObject");
  }
  get name(): string {
    return this.need(this.s.name, "name");
  }
  // Navigation properties return the same object on every access, as in Office.js, so that
  // load() on one access and reading on the next see the same loaded state.
  private tablesObject: FakeTables | null = null;
  get tables(): FakeTables {
    return (this.tablesObject ??= new FakeTables(this.syncer, this.s));
  }
  private protectionObject: (Loadable & { readonly protected: boolean }) | null = null;
  get protection(): Loadable & { readonly protected: boolean } {
    const ws = this;
    return (this.protectionObject ??= new (class extends Loadable {
      get protected(): boolean {
        return this.need(ws.s.protected, "protection.protected");
      }
    })(this.syncer));
  }
  get freezePanes() {
    return { freezeRows: (n: number) => void (this.s.frozenRows = n) };
  }
  get onChanged() {
    const sheet = this.s;
    return {
      add: (h: Handler) => {
        const set = changeHandlers.get(sheet) ?? new Set<Handler>();
        set.add(h);
        changeHandlers.set(sheet, set);
        return { remove: () => void set.delete(h) };
      },
    };
  }
  set visibility(v: FakeSheet["visibility"]) {
    this.s.visibility = v;
  }
  activate(): void {
    this.workbook.active = this.workbook.sheets.indexOf(this.s);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const b = usedBounds(this.s, valuesOnly);
    return new FakeRange(this.syncer, this.s, b);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    const b = usedBounds(this.s, valuesOnly);
    if (!b) throw new Error("ItemNotFound: the sheet is empty");
    return new FakeRange(this.syncer, this.s, b);
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.syncer, this.s, {
      top: row + 1,
      left: column + 1,
      bottom: row + rows,
      right: column + columns,
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.syncer, this.s, parseArea(address));
  }
  getRanges(address: string) {
    const areas: Box[] = address.split(",").map(parseArea);
    const formats = new FakeConditionalFormats(this.syncer, this.s, areas);
    return { conditionalFormats: formats };
  }
  copy(_position: string): FakeWorksheet {
    const src = this.s;
    let n = 2;
    while (this.workbook.sheets.some((x) => x.name === `${src.name} (${n})`)) n++;
    const copy: FakeSheet = {
      ...newSheet(`${src.name} (${n})`),
      cells: new Map([...src.cells].map(([k, c]) => [k, { ...c }])),
      tables: [],
      conditionalFormats: src.conditionalFormats.map((c) => ({ ...c })),
    };
    this.workbook.sheets.push(copy);
    return new FakeWorksheet(this.syncer, copy, this.workbook);
  }
}

export const columnRange = (sheet: FakeSheet, column: number): string =>
  `${sheet.name}!${colLetter(column)}:${colLetter(column)}`;
