// Sums a V8 heap snapshot (`--snapshot <file>`) by node type and, for plain objects, by constructor
// and property set: what a million rows would hold, told apart by shape. A snapshot of a large merge
// is larger than the longest string V8 can make, so its number arrays are scanned from the bytes.
import { readFileSync } from "node:fs";
import { argOf, numberArg } from "./task-io";

const QUOTE_NODES = Buffer.from('"nodes":[');
const QUOTE_EDGES = Buffer.from('"edges":[');
const QUOTE_STRINGS = Buffer.from('"strings":[');

/** The unsigned integers of the JSON array that starts at `from` (just after its "["). */
const numbersAt = (bytes: Buffer, from: number, count: number): Uint32Array => {
  const out = new Uint32Array(count);
  let n = 0;
  let value = -1;
  for (let i = from; n < count; i++) {
    const b = bytes[i]!;
    if (b >= 48 && b <= 57) value = (value < 0 ? 0 : value * 10) + b - 48;
    else {
      if (value >= 0) out[n++] = value;
      value = -1;
      if (b === 93) break;
    }
  }
  return out;
};

interface Meta {
  readonly node_fields: string[];
  readonly node_types: [string[], ...unknown[]];
  readonly edge_fields: string[];
  readonly edge_types: [string[], ...unknown[]];
}

const main = (): void => {
  const bytes = readFileSync(argOf("snapshot"));
  const top = numberArg("top", 40);
  const nodesAt = bytes.indexOf(QUOTE_NODES);
  const head = JSON.parse(`${bytes.subarray(0, nodesAt).toString("utf8").replace(/,\s*$/, "")}}`) as {
    snapshot: { meta: Meta; node_count: number; edge_count: number };
  };
  const { meta, node_count: nodeCount, edge_count: edgeCount } = head.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const nodes = numbersAt(bytes, nodesAt + QUOTE_NODES.length, nodeCount * nf);
  const edges = numbersAt(bytes, bytes.indexOf(QUOTE_EDGES, nodesAt) + QUOTE_EDGES.length, edgeCount * ef);
  const stringsAt = bytes.indexOf(QUOTE_STRINGS, nodesAt) + QUOTE_STRINGS.length - 1;
  const strings = JSON.parse(bytes.subarray(stringsAt, bytes.lastIndexOf("]") + 1).toString("utf8")) as string[];
  const [typeAt, nameAt, sizeAt, edgeCountAt] = ["type", "name", "self_size", "edge_count"].map((f) =>
    meta.node_fields.indexOf(f),
  ) as [number, number, number, number];
  const [edgeTypeAt, edgeNameAt] = ["type", "name_or_index"].map((f) => meta.edge_fields.indexOf(f)) as [
    number,
    number,
  ];
  const nodeTypes = meta.node_types[0];
  const propertyEdge = meta.edge_types[0].indexOf("property");
  const sums = new Map<string, { count: number; bytes: number }>();
  let total = 0;
  let edge = 0;
  for (let n = 0; n < nodeCount; n++) {
    const base = n * nf;
    const type = nodeTypes[nodes[base + typeAt]!]!;
    const size = nodes[base + sizeAt]!;
    const edgesOf = nodes[base + edgeCountAt]!;
    let key = type;
    if (type === "object" || type === "array" || type === "hidden" || type === "code") {
      const name = strings[nodes[base + nameAt]!]!;
      key = `${type} ${name}`;
      if (type === "object") {
        const props: string[] = [];
        for (let e = edge; e < edge + edgesOf * ef; e += ef)
          if (edges[e + edgeTypeAt] === propertyEdge) props.push(strings[edges[e + edgeNameAt]!]!);
        // Properties past the tenth add little to telling shapes apart, and much to the key.
        key += ` {${props.slice(0, 10).join(",")}${props.length > 10 ? `,… ${props.length}` : ""}}`;
      }
    }
    edge += edgesOf * ef;
    total += size;
    const s = sums.get(key);
    if (s) {
      s.count++;
      s.bytes += size;
    } else sums.set(key, { count: 1, bytes: size });
  }
  // Texts held more than once: what an interner (or keeping one copy) would save.
  const texts = new Map<string, { count: number; bytes: number }>();
  for (let n = 0; n < nodeCount; n++) {
    const base = n * nf;
    if (nodeTypes[nodes[base + typeAt]!] !== "string") continue;
    const text = strings[nodes[base + nameAt]!]!;
    const t = texts.get(text);
    if (t) {
      t.count++;
      t.bytes += nodes[base + sizeAt]!;
    } else texts.set(text, { count: 1, bytes: nodes[base + sizeAt]! });
  }
  const repeated = [...texts].filter(([, t]) => t.count > 1);
  const spare = repeated.reduce((b, [, t]) => b + (t.bytes * (t.count - 1)) / t.count, 0);
  const mb = (b: number) => (b / 2 ** 20).toFixed(1).padStart(8);
  process.stdout.write(`total ${mb(total)} MB in ${nodeCount} nodes\n`);
  process.stdout.write(`strings held more than once: ${repeated.length} texts, ${mb(spare)} MB beyond one copy each\n`);
  for (const [text, t] of repeated.sort((a, b) => b[1].bytes - a[1].bytes).slice(0, numberArg("top-texts", 8)))
    process.stdout.write(`${mb(t.bytes)} MB ${String(t.count).padStart(9)}× ${JSON.stringify(text.slice(0, 60))}\n`);
  for (const [key, s] of [...sums].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top))
    process.stdout.write(`${mb(s.bytes)} MB ${String(s.count).padStart(9)}  ${key.slice(0, 160)}\n`);
};

main();
