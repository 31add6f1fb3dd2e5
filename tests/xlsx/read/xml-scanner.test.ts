import fc from "fast-check";
import { XmlError, XmlScanner, type XmlAttributes, type XmlHandler } from "../../../src/xlsx/read/xml-scanner";

/** Every event as text, text wanted everywhere: what a handler sees of a document. */
const events = (chunks: readonly string[]): string[] => {
  const out: string[] = [];
  const handler: XmlHandler = {
    wantText: true,
    open: (name: string, a: XmlAttributes, selfClosing: boolean) =>
      out.push(`<${name}${a.get("v") !== undefined ? ` v=${a.get("v")}` : ""}${selfClosing ? "/" : ""}>`),
    close: (name: string) => out.push(`</${name}>`),
    text: (t: string) =>
      out.length > 0 && out[out.length - 1]!.startsWith("#") ? (out[out.length - 1] += t) : out.push(`#${t}`),
  };
  const scanner = new XmlScanner(handler);
  chunks.forEach((c, i) => scanner.push(c, i === chunks.length - 1));
  return out;
};

const DOC = `<?xml version="1.0"?>\n<x:root xmlns:x="urn:x"><!-- c --><x:a v="1 &amp; 2 &lt;3&gt; &#228;&#x1F61C;">A &amp; B</x:a><b v='q"'/><t><![CDATA[<not a tag>]]>&quot;x&apos;</t>\r\n<u>line\r\nbreak &#13;</u></x:root>`;

describe("XmlScanner", () => {
  it("decodes entities, character references and CDATA, drops prefixes, reads CR LF as LF", () => {
    expect(events([DOC])).toEqual([
      "<root>",
      "<a v=1 & 2 <3> ä😜>",
      "#A & B",
      "</a>",
      '<b v=q"/>',
      "</b>",
      "<t>",
      "#<not a tag>\"x'",
      "</t>",
      "#\n",
      "<u>",
      "#line\nbreak \r",
      "</u>",
      "</root>",
    ]);
  });

  it("gives the same events however the text is cut into chunks", () => {
    const whole = events([DOC]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: DOC.length - 1 }), { maxLength: 12 }), (cuts) => {
        const at = [0, ...[...cuts].sort((a, b) => a - b), DOC.length];
        const chunks = at.slice(1).map((end, i) => DOC.slice(at[i], end));
        expect(events(chunks)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["a DOCTYPE (entity expansion)", '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', /DOCTYPE/],
    ["a tag closed by another", "<a><b></a></b>", /closes/],
    ["a part cut off", "<a><b>text", /not closed|cut off/],
    ["text before the root", "junk<a/>", /outside the root/],
    ["a second root", "<a/><b/>", /second root/],
    ["an unquoted attribute", "<a v=1/>", /unquoted/],
    ["no root at all", "   ", /no root/],
  ])("refuses %s", (_what, xml, message) => {
    expect(() => events([xml])).toThrow(XmlError);
    expect(() => events([xml])).toThrow(message);
  });
});
