import { strToU8 } from "fflate";
import { sniffBytes, type SniffedKind } from "../../src/xlsx";

const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

describe("sniffBytes", () => {
  it.each<[string, Uint8Array, SniffedKind]>([
    ["no bytes", new Uint8Array(), "empty"],
    ["zip local header", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), "zip"],
    ["empty zip (end record only)", new Uint8Array([0x50, 0x4b, 0x05, 0x06, 0, 0]), "zip"],
    ["OLE2 compound file", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), "ole2"],
    ["OLE2 signature cut short", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "unknown"],
    [
      "UTF-8 CSV with BOM",
      new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8("Nr.;Maßnahme;Status\r\n1.1.1;Kurs;läuft\r\n")]),
      "text",
    ],
    ["Windows-1252 CSV", latin1("Nr.;Maßnahme;Status\r\n1.1.1;Sprachkurs für Ältere;läuft\r\n"), "text"],
    ["UTF-16 text with BOM (Excel's Unicode text)", new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x72, 0x00]), "text"],
    ["binary with zero bytes", new Uint8Array([1, 2, 3, 0, 255, 7, 0, 9]), "unknown"],
    ["control characters", new Uint8Array(Array.from({ length: 100 }, (_, i) => i % 8)), "unknown"],
    ["a PK that is not a zip header", strToU8("PK is how a zip starts"), "text"],
  ])("%s → %s", (_name, bytes, kind) => expect(sniffBytes(bytes)).toBe(kind));
});
