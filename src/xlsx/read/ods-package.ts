import type { PackageRead } from "../read-workbook";
import type { GridCaps } from "../sheet-grid";
import type { ZipLimits } from "../zip-guard";
import { collectElements } from "./ooxml-package";
import { OdsContentHandler } from "./ods-content";
import { XmlScanner } from "./xml-scanner";
import type { ZipParts } from "./zip-parts";

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** An OpenDocument package: a `mimetype` entry, or a content.xml with an ODF manifest and no workbook part. */
export const isOdsPackage = (parts: ZipParts): boolean =>
  parts.find("mimetype") !== undefined ||
  (parts.find("content.xml") !== undefined &&
    parts.find("META-INF/manifest.xml") !== undefined &&
    parts.find("xl/workbook.xml") === undefined);

const fromHandler = (handler: OdsContentHandler): PackageRead =>
  handler.sheets.length === 0
    ? { ok: false, reason: "no-worksheets", detail: "no table in the OpenDocument content" }
    : {
        ok: true,
        sheets: handler.sheets.map(({ name, state, grid: { grid, ...info } }) => ({
          grid,
          info: { name, state, ...info },
        })),
      };

/** An .ods: its mimetype checked, encryption recognised from the manifest, content.xml parsed while inflated. */
export const readOdsPackage = (parts: ZipParts, caps: GridCaps): PackageRead => {
  const mimeEntry = parts.find("mimetype");
  if (mimeEntry) {
    const chunks: Uint8Array[] = [];
    parts.inflate(mimeEntry, (c) => void chunks.push(c.slice()));
    const mime = new TextDecoder()
      .decode(chunks.length === 1 ? chunks[0] : new Uint8Array(chunks.flatMap((c) => [...c])))
      .trim();
    if (!mime.startsWith(ODS_MIME))
      return { ok: false, reason: "not-a-workbook", detail: `an OpenDocument file of type ${mime}, not a spreadsheet` };
  }
  const manifest = parts.find("META-INF/manifest.xml");
  if (manifest && collectElements(parts, manifest, { "encryption-data": [] }).length > 0)
    return { ok: false, reason: "encrypted", detail: "OpenDocument file saved with a password (encrypted content)" };
  const content = parts.find("content.xml");
  if (!content) return { ok: false, reason: "not-a-workbook", detail: "OpenDocument package without content.xml" };
  const handler = new OdsContentHandler(caps);
  parts.parse(content, handler);
  return fromHandler(handler);
};

const FLAT_HEAD_BYTES = 4096;
const CHUNK = 64 * 1024;

/**
 * A flat OpenDocument spreadsheet (.fods, one XML file), or null when the text is something else
 * (a CSV). The whole file is the content, scanned in chunks like a zip part, within the size limit.
 */
export const readFlatOds = (bytes: Uint8Array, caps: GridCaps, limits: ZipLimits): PackageRead | null => {
  const head = new TextDecoder().decode(bytes.subarray(0, FLAT_HEAD_BYTES));
  if (!/<office:document[\s>]/.test(head) || !head.includes(ODS_MIME)) return null;
  if (bytes.length > limits.maxTotalBytes)
    return { ok: false, reason: "too-large", detail: `${bytes.length} bytes > ${limits.maxTotalBytes}` };
  const handler = new OdsContentHandler(caps);
  const scanner = new XmlScanner(handler);
  const decoder = new TextDecoder();
  try {
    for (let at = 0; at < bytes.length; at += CHUNK)
      scanner.push(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }), false);
    scanner.push(decoder.decode(), true);
  } catch (e) {
    return { ok: false, reason: "parse-failed", detail: e instanceof Error ? e.message : String(e) };
  }
  return fromHandler(handler);
};
