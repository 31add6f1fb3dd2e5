import { boxAddress, parseArea, type Box } from "./addresses";
import { fillSheet, key, newSheet, usedBounds, type FakeCell, type FakeSheet, type FakeWorkbookState } from "./model";

/**
 * A small fake of the Office.js Excel API surface the add-in uses. Like Office.js, properties can
 * only be read after load() and a following context.sync() — reading earlier throws — so a test
 * catches a missing sync. Writes apply at once (a simplification; the add-in never reads its writes
 * back within one batch).
 */
class Syncer {
  private pending: Loadable[] = [];
  constructor(readonly state: FakeWorkbookState) {}
  queue(o: Loadable): void {
    this.pending.push(o);
  }
  async sync(): Promise<void> {
    this.state.syncs++;
    const due = this.pending;
    this.pending = [];
    for (const o of due) o.resolve();
  }
}

abstract class Loadable {
  private loaded = false;
  private readonly bornAt: number;
  constructor(protected readonly syncer: Syncer) {
    this.bornAt = syncer.state.syncs;
  }
  /** Office.js answers isNullObject after any sync that follows the object's creation, without load(). */
  protected needSync<T>(value: T, name: string): T {
    if (this.syncer.state.syncs <= this.bornAt) throw new Error(`PropertyNotLoaded: ${name} (context.sync() first)`);
    return value;
  }
  load(_props?: string | string[] | object): this {
    this.syncer.queue(this);
    return this;
  }
  resolve(): void {
    this.snapshot();
    this.loaded = true;
  }
  protected snapshot(): void {}
  protected need<T>(value: T, name: string): T {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${name} (load() and context.sync() first)`);
    return value;
  }
}

const cellValue = (c: FakeCell | undefined): string | number | boolean => {
  if (!c || c.value === null) return "";
  return typeof c.value === "object" ? c.value.error : c.value;
};
const cellType = (c: FakeCell | undefined): string => {
  if (!c || c.value === null || c.value === "") return "Empty";
  if (typeof c.value === "object") return "Error";
  return typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String";
};

class FakeConditionalFormat {
  readonly type = "Custom";
  constructor(
    private readonly sheet: FakeSheet,
    private readonly cf: FakeSheet["conditionalFormats"][number],
  ) {}
  get custom() {
    const cf = this.cf;
    return {
      rule: {
        get formula() {
          return cf.formula;
        },
        set formula(f: string) {
          cf.formula = f;
        },
      },
      format: {
        fill: {
          get color() {
            return cf.fill;
          },
          set color(c: string) {
            cf.fill = c;
          },
        },
      },
    };
  }
  delete(): void {
    this.sheet.conditionalFormats = this.sheet.conditionalFormats.filter((x) => x !== this.cf);
  }
}

export class FakeConditionalFormats extends Loadable {
  private list: FakeConditionalFormat[] = [];
  constructor(
    syncer: Syncer,
    private readonly sheet: FakeSheet,
    private readonly areas: Box[],
  ) {
    super(syncer);
  }
  add(type: string): FakeConditionalFormat {
    if (type !== "Custom") throw new Error(`fake Excel: conditional format ${type} not faked`);
    const cf = {
      address: this.areas.map((b) => boxAddress(this.sheet.name, b)).join(","),
      type: "Custom" as const,
      formula: "",
      fill: "",
    };
    this.sheet.conditionalFormats.push(cf);
    return new FakeConditionalFormat(this.sheet, cf);
  }
  protected override snapshot(): void {
    const hits = (b: Box, a: Box) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
    this.list = this.sheet.conditionalFormats
      .filter((cf) => cf.address.split(",").some((addr) => this.areas.some((b) => hits(b, parseArea(addr)))))
      .map((cf) => new FakeConditionalFormat(this.sheet, cf));
  }
  get items(): FakeConditionalFormat[] {
    return this.need(this.list, "conditionalFormats.items");
  }
}

export class FakeRange extends Loadable {
  private snap: { values: unknown[][]; numberFormat: string[][]; valueTypes: string[][]; address: string } | null =
    null;
  constructor(
    syncer: Syncer,
    readonly sheet: FakeSheet,
    readonly box: Box | null,
  ) {
    super(syncer);
  }
  get isNullObject(): boolean {
    return this.needSync(this.box === null, "isNullObject");
  }
  private cellsOf = <T>(f: (c: FakeCell | undefined) => T): T[][] => {
    const b = this.box!;
    return Array.from({ length: b.bottom - b.top + 1 }, (_, r) =>
      Array.from({ length: b.right - b.left + 1 }, (_, c) => f(this.sheet.cells.get(key(b.top + r, b.left + c)))),
    );
  };
  protected override snapshot(): void {
    if (!this.box) return;
    this.snap = {
      values: this.cellsOf(cellValue),
      numberFormat: this.cellsOf((c) => c?.format ?? "General"),
      valueTypes: this.cellsOf(cellType),
      address: boxAddress(this.sheet.name, this.box),
    };
  }
  get values(): unknown[][] {
    return this.need(this.snap, "values")!.values;
  }
  get numberFormat(): string[][] {
    return this.need(this.snap, "numberFormat")!.numberFormat;
  }
  get valueTypes(): string[][] {
    return this.need(this.snap, "valueTypes")!.valueTypes;
  }
  get address(): string {
    return this.need(this.snap, "address")!.address;
  }
  get rowIndex(): number {
    return this.need(this.box!.top - 1, "rowIndex");
  }
  get columnIndex(): number {
    return this.need(this.box!.left - 1, "columnIndex");
  }
  get rowCount(): number {
    return this.need(this.box!.bottom - this.box!.top + 1, "rowCount");
  }
  get columnCount(): number {
    return this.need(this.box!.right - this.box!.left + 1, "columnCount");
  }

  /** Accepts a 2-D array of the range's size, or a single value for every cell (as Office.js does). */
  private write(input: unknown, apply: (cell: FakeCell, v: unknown) => void): void {
    const b = this.box!;
    const single = !Array.isArray(input) || (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1);
    const scalar = Array.isArray(input) ? (input[0] as unknown[])[0] : input;
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        const cell = this.sheet.cells.get(key(r, c)) ?? { value: null };
        apply(cell, single ? scalar : (input as unknown[][])[r - b.top]![c - b.left]);
        this.sheet.cells.set(key(r, c), cell);
      }
  }
  set values(v: unknown) {
    this.write(v, (cell, x) => {
      delete cell.formula;
      cell.value = x === "" ? null : (x as FakeCell["value"]);
    });
  }
  set numberFormat(v: unknown) {
    this.write(v, (cell, x) => (cell.format = String(x)));
  }
  getSpecialCellsOrNullObject(type: string): FakeRange {
    if (type !== "Formulas") throw new Error(`fake Excel: special cells ${type} not faked`);
    return new FormulaAreas(this.syncer, this.sheet, this.box!);
  }
  getMergedAreasOrNullObject(): FakeRange {
    const merged = this.sheet.merged
      .map(parseArea)
      .filter(
        (m) =>
          this.box &&
          m.top <= this.box.bottom &&
          this.box.top <= m.bottom &&
          m.left <= this.box.right &&
          this.box.left <= m.right,
      );
    return merged.length
      ? new AreasRange(this.syncer, this.sheet, merged)
      : new FakeRange(this.syncer, this.sheet, null);
  }
  private formatsObject: FakeConditionalFormats | null = null;
  get conditionalFormats(): FakeConditionalFormats {
    return (this.formatsObject ??= new FakeConditionalFormats(this.syncer, this.sheet, this.box ? [this.box] : []));
  }
  get dataValidation() {
    const range = this;
    return {
      clear: () =>
        void (range.sheet.validations = range.sheet.validations.filter(
          (v) => v.address !== boxAddress(range.sheet.name, range.box!),
        )),
      set rule(r: { list: { source: string } }) {
        range.sheet.validations.push({ address: boxAddress(range.sheet.name, range.box!), source: r.list.source });
      },
    };
  }
  get format() {
    const range = this;
    return {
      set columnWidth(w: number) {
        for (let c = range.box!.left; c <= range.box!.right; c++) range.sheet.columnWidths.set(c, w);
      },
      set wrapText(on: boolean) {
        if (on) range.sheet.wrapped.add(boxAddress(range.sheet.name, range.box!));
      },
    };
  }
  select(): void {
    selections.push(boxAddress(this.sheet.name, this.box!));
  }
}

/** Cells the user selected through the add-in, newest last (what "click an issue" did). */
export const selections: string[] = [];

class AreasRange extends FakeRange {
  constructor(
    syncer: Syncer,
    sheet: FakeSheet,
    private readonly areas: Box[],
  ) {
    super(syncer, sheet, areas[0] ?? null);
  }
  override get address(): string {
    return this.need(this.areas.map((b) => boxAddress(this.sheet.name, b)).join(","), "address");
  }
  private areaFormats: FakeConditionalFormats | null = null;
  override get conditionalFormats(): FakeConditionalFormats {
    return (this.areaFormats ??= new FakeConditionalFormats(this.syncer, this.sheet, this.areas));
  }
}

class FormulaAreas extends FakeRange {
  private found: Box[] = [];
  constructor(
    syncer: Syncer,
    sheet: FakeSheet,
    private readonly within: Box,
  ) {
    super(syncer, sheet, within);
  }
  protected override snapshot(): void {
    // Walks the asked range, not the whole sheet: the port asks once per chunk, and a whole-sheet
    // walk per chunk made the fake's own answer grow with the square of the table.
    this.found = [];
    const w = this.within;
    for (let r = w.top; r <= w.bottom; r++)
      for (let col = w.left; col <= w.right; col++)
        if (this.sheet.cells.get(key(r, col))?.formula) this.found.push({ top: r, left: col, bottom: r, right: col });
  }
  override get isNullObject(): boolean {
    return this.need(this.found.length === 0, "isNullObject");
  }
  override get address(): string {
    return this.need(this.found.map((b) => boxAddress(this.sheet.name, b)).join(","), "address");
  }
}

export { Syncer, Loadable, fillSheet, newSheet, usedBounds };
