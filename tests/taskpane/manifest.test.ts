/** @jest-environment jsdom */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { FEATURE_SETS } from "../../src/taskpane/host";

/**
 * The add-in manifest XSDs are published by Microsoft only online (and office-addin-manifest
 * validate calls an online service), so this offline test checks what the schema and the store
 * validation check: element order of OfficeApp, value formats and lengths, resource references,
 * https URLs, icons that exist at their declared sizes, and the requirement set.
 */
const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const children = (el: Element): Element[] => [...el.children];
const all = (name: string): Element[] => [...doc.getElementsByTagName(name)];

const ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

const pngSize = (path: string): number => readFileSync(path).readUInt32BE(16);

describe("manifest.xml", () => {
  it("is well-formed and a TaskPaneApp for Excel (Workbook)", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const app = doc.documentElement;
    expect(app.localName).toBe("OfficeApp");
    expect(app.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(
      all("Host")
        .filter((h) => h.getAttribute("Name"))
        .map((h) => h.getAttribute("Name")),
    ).toEqual(["Workbook"]);
  });

  it("has OfficeApp's elements in schema order", () => {
    const names = children(doc.documentElement).map((e) => e.localName);
    const positions = names.map((n) => ORDER.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "DefaultSettings",
      "Permissions",
    ])
      expect(names).toContain(required);
  });

  it("has valid values: GUID, version, German texts within the schema's lengths, ReadWriteDocument", () => {
    const text = (n: string) => all(n)[0]?.textContent ?? "";
    const value = (n: string) => all(n)[0]?.getAttribute("DefaultValue") ?? "";
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(text("Version")).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(text("DefaultLocale")).toBe("de-DE");
    expect(value("DisplayName").length).toBeLessThanOrEqual(125);
    expect(value("Description").length).toBeLessThanOrEqual(250);
    expect(text("Permissions")).toBe("ReadWriteDocument");
    for (const s of all("bt:String")) {
      const max = s.parentElement?.localName === "ShortStrings" ? 125 : 250;
      expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(max);
    }
    expect(all("bt:String").some((s) => s.getAttribute("DefaultValue") === "Aktionsplan prüfen")).toBe(true);
  });

  it("requires the lowest ExcelApi set the add-in needs and checks the rest at run time", () => {
    const set = all("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(set?.getAttribute("MinVersion")).toBe(FEATURE_SETS.validate);
  });

  it("resolves every resid and serves everything over https from localhost:3000", () => {
    const ids = new Set(
      all("Resources").flatMap((r) => [...r.querySelectorAll("[id]")].map((e) => e.getAttribute("id"))),
    );
    const refs = [...doc.querySelectorAll("[resid]")].map((e) => e.getAttribute("resid"));
    expect(refs.length).toBeGreaterThan(5);
    expect(refs.filter((r) => !ids.has(r))).toEqual([]);
    const urls = [...doc.querySelectorAll("[DefaultValue]")]
      .map((e) => e.getAttribute("DefaultValue") ?? "")
      .filter((v) => v.startsWith("http"));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
  });

  it("points at icons that exist in assets/ at their declared sizes (16/32/64/80)", () => {
    const images = [
      ...all("bt:Image").filter((i) => i.getAttribute("id")),
      ...all("IconUrl"),
      ...all("HighResolutionIconUrl"),
    ];
    for (const img of images) {
      const url = img.getAttribute("DefaultValue") ?? "";
      const file = join(root, url.replace("https://localhost:3000/", ""));
      expect(existsSync(file)).toBe(true);
      const declared = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(pngSize(file)).toBe(declared);
    }
    for (const size of [16, 32, 64, 80]) expect(pngSize(join(root, "assets", `icon-${size}.png`))).toBe(size);
  });
});
