import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ProgressReport } from "../core";
import type { ChartId } from "./render-charts";
import { type ReportBlock, type ReportTable, reportDocument } from "./report-document";

/** The status chart as a PNG, with its size in CSS pixels (96 per inch, as Word counts). */
export interface ChartImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** The report's charts as PNGs: the status chart always, the history's where the workbook has a Verlauf. */
export type ChartImages = { readonly byField: ChartImage } & { readonly [K in ChartId]?: ChartImage };

const CHART_TITLE: Readonly<Record<ChartId, string>> = {
  byField: "Umsetzungsstand nach Handlungsfeld",
  byRound: "Umsetzungsstand nach Berichtsrunde",
  doneByYear: "Umgesetzte Maßnahmen je Jahr",
};

/** A4 with 2.5 cm margins leaves 16 cm, about 600 pixels at 96 dpi: charts are scaled to fit it. */
const CONTENT_WIDTH_PX = 600;
/** Tables with more columns than this are set smaller, so they fit the page's width. */
const NARROW_FROM_COLUMNS = 7;
/** A4 width less both margins, in twentieths of a point (Word's table unit). */
const CONTENT_WIDTH_TWIPS = 11906 - 2 * 1418;

/** Text columns (and a row's heading) get three shares of the width, numbers and short values one. */
const columnWidths = (t: ReportTable): number[] => {
  const weights = t.columns.map((c, i) => (c.wide || (t.rowHeader && i === 0) ? 3 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((CONTENT_WIDTH_TWIPS * w) / total));
};

const text = (t: string, options: { bold?: boolean; size?: number } = {}): TextRun =>
  new TextRun({ text: t, ...(options.bold ? { bold: true } : {}), ...(options.size ? { size: options.size } : {}) });

const cell = (t: string, options: { header: boolean; numeric: boolean; size: number; wide: boolean }): TableCell =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [text(t, { bold: options.header, size: options.size })],
      }),
    ],
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "D9D9D9" } } : {}),
  });

/**
 * A Word table: the header row repeats on every page (tableHeader) and no row is split across a
 * page break (cantSplit), as council documents are printed. The caption stands above it.
 */
const table = (t: ReportTable): (Paragraph | Table)[] => {
  const size = t.columns.length > NARROW_FROM_COLUMNS ? 14 : 18; // half-points: 7 pt / 9 pt
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c) => cell(c.header, { header: true, numeric: c.numeric, size, wide: c.wide })),
  });
  const rows = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.map((v, i) => {
          const c = t.columns[i];
          return cell(v, {
            header: t.rowHeader && i === 0,
            numeric: c?.numeric ?? false,
            size,
            wide: c?.wide ?? false,
          });
        }),
      }),
  );
  return [
    new Paragraph({ style: "Caption", keepNext: true, children: [text(t.caption)] }),
    new Table({
      width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: columnWidths(t),
      layout: TableLayoutType.FIXED,
      rows: [head, ...rows],
    }),
    new Paragraph({ children: [] }),
  ];
};

/** A place for the coordinator's own words: highlighted, so it is found and never printed unfilled by mistake. */
const placeholder = (t: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: t, italics: true, highlight: "yellow" })] });

const blocks = (list: readonly ReportBlock[], charts: ChartImages): (Paragraph | Table | TableOfContents)[] =>
  list.flatMap((b): (Paragraph | Table)[] => {
    switch (b.kind) {
      case "paragraph":
        return [new Paragraph({ children: [text(b.text)] })];
      case "figures":
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: b.items.map(
              ([k, v]) =>
                new TableRow({
                  cantSplit: true,
                  children: [
                    cell(k, { header: true, numeric: false, size: 20, wide: false }),
                    cell(v, { header: false, numeric: false, size: 20, wide: true }),
                  ],
                }),
            ),
          }),
          new Paragraph({ children: [] }),
        ];
      case "table":
        return table(b.table);
      case "chart": {
        const chart = charts[b.chart];
        if (chart === undefined) return [new Paragraph({ style: "Caption", children: [text(b.caption)] })];
        const scale = Math.min(1, CONTENT_WIDTH_PX / chart.width);
        const image = new ImageRun({
          type: "png",
          data: chart.png,
          transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
          altText: {
            name: `Diagramm ${CHART_TITLE[b.chart]}`,
            title: CHART_TITLE[b.chart],
            description: b.alt,
          },
        });
        return [
          new Paragraph({ keepNext: true, children: [image] }),
          new Paragraph({ style: "Caption", children: [text(b.caption)] }),
        ];
      }
      case "subsection":
        return [
          new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [text(b.heading)] }),
          ...(blocks(b.blocks, charts) as (Paragraph | Table)[]),
        ];
      case "placeholder":
        return [placeholder(b.text)];
    }
  });

const pageNumbers = (): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ["Seite ", PageNumber.CURRENT, " von ", PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  });

/**
 * The progress report as a Word document to edit: real headings (navigation pane, table of
 * contents), tables with repeated header rows, the chart as an image with alternative text, page
 * numbers, and marked places for the foreword, the assessment per field and the Vorlage number.
 * The same report document as the HTML, so both say the same.
 */
export const renderReportDocx = async (r: ProgressReport, charts: ChartImages): Promise<Uint8Array> => {
  const doc = reportDocument(r);
  const body: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(doc.title)] }),
    new Paragraph({ children: [text(doc.subtitle, { bold: true })] }),
    placeholder(doc.draftNote),
    new TableOfContents("Inhalt", { hyperlink: true, headingStyleRange: "1-2" }),
    ...doc.sections.flatMap((s) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [text(s.heading)] }),
      ...blocks(s.blocks, charts),
    ]),
    new Paragraph({ children: [text(doc.footer, { size: 16 })] }),
  ];
  const document = new Document({
    title: doc.title,
    description: doc.subtitle,
    creator: "Aktionsplan-Monitor",
    features: { updateFields: true },
    styles: { default: { document: { run: { font: "Arial", size: 20, language: { value: "de-DE" } } } } },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } },
        },
        footers: { default: pageNumbers() },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
};
