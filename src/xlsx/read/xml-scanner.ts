import { arrayOfObjects } from "./array-of-objects";
import { decodeEntities } from "./xml-text";

/** The part is not well-formed XML, or declares a DOCTYPE (refused: entity expansion, external entities). */
export class XmlError extends Error {}

/**
 * The attributes of the element just opened, by local name (prefixes dropped, xmlns declarations
 * skipped). Only offsets into the scanner's text are kept and a value is cut and decoded when asked
 * for: most attributes (spans, styles of rows, namespaces) are never read. One instance is reused for
 * every tag, so a handler must read what it needs inside `open`.
 */
export class XmlAttributes {
  private text = "";
  /** Per attribute: where its qualified name starts, where its local name starts, where the name ends, and the value's bounds. */
  private readonly at: number[] = [];
  private count = 0;

  reset(text: string): void {
    this.text = text;
    this.count = 0;
  }

  add(qualifiedStart: number, localStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const k = this.count * 5;
    this.at[k] = qualifiedStart;
    this.at[k + 1] = localStart;
    this.at[k + 2] = nameEnd;
    this.at[k + 3] = valueStart;
    this.at[k + 4] = valueEnd;
    this.count++;
  }

  private find(name: string, startSlot: 0 | 1): string | undefined {
    const at = this.at;
    for (let i = 0, k = 0; i < this.count; i++, k += 5) {
      const from = at[k + startSlot]!;
      if (at[k + 2]! - from === name.length && this.text.startsWith(name, from))
        return decodeEntities(this.text.slice(at[k + 3]!, at[k + 4]!));
    }
    return undefined;
  }

  /** The decoded value, or undefined when the element has no such attribute. */
  get(name: string): string | undefined {
    return this.find(name, 1);
  }

  /** By prefixed name, where two namespaces share a local name (ODF's office: and calcext:value-type). */
  getQualified(qualifiedName: string): string | undefined {
    return this.find(qualifiedName, 0);
  }
}

export interface XmlHandler {
  /** Text is sliced and decoded only while this is true (inside `<v>`, `<t>` …): most text is indentation. */
  readonly wantText: boolean;
  /**
   * A sticky pattern for the handler's most frequent element in its plainest spelling (a worksheet
   * cell with its value), tried at each start tag while set. A match is handed to `element` whole,
   * in place of its open, text and close events: one native match instead of four tags through the
   * loop, which matters most before the JIT has compiled the loop. The pattern must match only
   * well-formed text whose events the handler would read the same (no entity, no CR, no CDATA).
   */
  readonly shortcut?: RegExp | null;
  element?(match: RegExpExecArray): void;
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  /** Called for every element, self-closing ones right after `open`. */
  close(name: string): void;
  text(text: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};
const NEED_MORE = -1;
/**
 * XML's end-of-line handling: a literal CR LF or lone CR in the text is read as LF. A CR written as
 * `&#13;` or `_x000D_` is decoded after this and stays, which is how Excel keeps one in a cell.
 */
const normaliseLineEnds = (s: string): string => (s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n"));
const isBlank = (s: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
};

/**
 * A forward-only XML scanner fed text in chunks: it keeps only the unfinished tail of the last
 * chunk (a tag cut in two, or text a handler asked for), never a whole part, and builds no tree.
 * It checks what a reader must not get wrong: tags nest and close, nothing but whitespace outside
 * the root element, no DOCTYPE. Namespaces are not resolved; elements are matched by local name,
 * which is how `x:row`, `row` and Strict's `row` all read the same.
 */
export class XmlScanner {
  private buf = "";
  private readonly stack: string[] = arrayOfObjects();
  /** The local name of each open element, handed to `close` without cutting it from the end tag again. */
  private readonly locals: string[] = arrayOfObjects();
  private rootClosed = false;
  private sawRoot = false;
  private readonly attributes = new XmlAttributes();

  constructor(private readonly handler: XmlHandler) {}

  push(chunk: string, final: boolean): void {
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    const pos = this.scan();
    this.buf = pos >= this.buf.length ? "" : this.buf.slice(pos);
    if (!final) return;
    if (this.buf.length > 0 && !isBlank(this.buf, 0, this.buf.length))
      throw new XmlError("unexpected end of the part (cut off inside a tag or text)");
    if (!this.sawRoot) throw new XmlError("no root element");
    if (this.stack.length > 0) throw new XmlError(`unexpected end: <${this.stack[this.stack.length - 1]}> not closed`);
  }

  private textBetween(from: number, to: number): void {
    if (from >= to) return;
    if (this.stack.length === 0) {
      if (!isBlank(this.buf, from, to)) throw new XmlError("text outside the root element");
      return;
    }
    if (this.handler.wantText) this.handler.text(decodeEntities(normaliseLineEnds(this.buf.slice(from, to))));
  }

  /** Handles every complete token in the buffer; returns where the unfinished rest starts. */
  private scan(): number {
    const buf = this.buf;
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf("<", pos);
      if (lt < 0) {
        // Text without its end yet: keep it only if the handler wants it (else it is indentation or junk).
        if (this.handler.wantText && this.stack.length > 0) return pos;
        this.textBetween(pos, buf.length);
        return buf.length;
      }
      this.textBetween(pos, lt);
      // One call site for both: a second, met first at a chunk's end, deoptimised the compiled loop.
      if (lt + 1 >= buf.length) return lt;
      const c1 = buf.charCodeAt(lt + 1);
      let end: number;
      if (c1 === BANG) end = this.special(lt);
      else if (c1 === QUESTION) {
        const close = buf.indexOf("?>", lt + 2);
        end = close < 0 ? NEED_MORE : close + 2;
      } else if (c1 === SLASH) end = this.closeTag(lt);
      else {
        const shortcut = this.handler.shortcut;
        if (shortcut && this.stack.length > 0) {
          shortcut.lastIndex = lt;
          const match = shortcut.exec(buf);
          if (match !== null) {
            this.handler.element!(match);
            pos = shortcut.lastIndex;
            continue;
          }
        }
        end = this.openTag(lt);
      }
      if (end === NEED_MORE) return lt;
      pos = end;
    }
  }

  /** Comments, CDATA, and the refused DOCTYPE. */
  private special(lt: number): number {
    const buf = this.buf;
    if (buf.startsWith("<!--", lt)) {
      const close = buf.indexOf("-->", lt + 4);
      return close < 0 ? NEED_MORE : close + 3;
    }
    if (buf.startsWith("<![CDATA[", lt)) {
      const close = buf.indexOf("]]>", lt + 9);
      if (close < 0) return NEED_MORE;
      if (this.stack.length === 0) throw new XmlError("CDATA outside the root element");
      if (this.handler.wantText) this.handler.text(buf.slice(lt + 9, close));
      return close + 3;
    }
    if (buf.length - lt < 9) return NEED_MORE;
    if (buf.startsWith("<!DOCTYPE", lt)) throw new XmlError("DOCTYPE declarations are refused (entity expansion)");
    throw new XmlError(`unexpected markup at ${JSON.stringify(buf.slice(lt, lt + 12))}`);
  }

  private closeTag(lt: number): number {
    const buf = this.buf;
    const gt = buf.indexOf(">", lt + 2);
    if (gt < 0) return NEED_MORE;
    let to = gt;
    while (to > lt + 2 && isSpace(buf.charCodeAt(to - 1))) to--;
    const depth = this.stack.length - 1;
    const open = this.stack[depth];
    // Compared in place: no slice of the name for the common case of a matching end tag.
    if (open === undefined || to - (lt + 2) !== open.length || !buf.startsWith(open, lt + 2)) {
      const name = buf.slice(lt + 2, to);
      throw new XmlError(open === undefined ? `</${name}> without an open element` : `</${name}> closes <${open}>`);
    }
    this.stack.pop();
    const local = this.locals.pop()!;
    if (depth === 0) this.rootClosed = true;
    this.handler.close(local);
    return gt + 1;
  }

  private openTag(lt: number): number {
    const buf = this.buf;
    const n = buf.length;
    let i = lt + 1;
    while (i < n) {
      const c = buf.charCodeAt(i);
      if (isSpace(c) || c === GT || c === SLASH) break;
      if (c === LT || c === QUOT || c === APOS || c === EQ) throw new XmlError("malformed element name");
      i++;
    }
    if (i >= n) return NEED_MORE;
    if (i === lt + 1) throw new XmlError("element without a name");
    const name = buf.slice(lt + 1, i);
    const attributes = this.attributes;
    attributes.reset(buf);
    let selfClosing = false;
    // The first "<" after this one: an attribute value reaching past it holds a "<" (not well-formed).
    let nextLt = buf.indexOf("<", i);
    if (nextLt < 0) nextLt = n;
    for (;;) {
      while (i < n && isSpace(buf.charCodeAt(i))) i++;
      if (i >= n) return NEED_MORE;
      const c = buf.charCodeAt(i);
      if (c === GT) break;
      if (c === SLASH) {
        if (i + 1 >= n) return NEED_MORE;
        if (buf.charCodeAt(i + 1) !== GT) throw new XmlError(`malformed <${name}>`);
        selfClosing = true;
        i++;
        break;
      }
      const nameStart = i;
      let localStart = i;
      while (i < n) {
        const d = buf.charCodeAt(i);
        if (d === EQ || isSpace(d) || d === GT || d === SLASH || d === LT) break;
        if (d === COLON && localStart === nameStart) localStart = i + 1;
        i++;
      }
      const nameEnd = i;
      while (i < n && isSpace(buf.charCodeAt(i))) i++;
      if (i >= n) return NEED_MORE;
      if (buf.charCodeAt(i) !== EQ || nameEnd === nameStart) throw new XmlError(`malformed attribute in <${name}>`);
      i++;
      while (i < n && isSpace(buf.charCodeAt(i))) i++;
      if (i >= n) return NEED_MORE;
      const q = buf.charCodeAt(i);
      if (q !== QUOT && q !== APOS) throw new XmlError(`unquoted attribute in <${name}>`);
      const close = buf.indexOf(q === QUOT ? '"' : "'", i + 1);
      if (close < 0) return NEED_MORE;
      if (close > nextLt) throw new XmlError(`"<" in an attribute of <${name}>`);
      // xmlns and xmlns:p declare namespaces, which the scanner does not resolve.
      const isXmlns = buf.startsWith("xmlns", nameStart) && (nameEnd === nameStart + 5 || localStart === nameStart + 6);
      if (!isXmlns) attributes.add(nameStart, localStart, nameEnd, i + 1, close);
      i = close + 1;
      // Read only within the text: a read past its end deoptimises the compiled loop.
      if (i < n) {
        const after = buf.charCodeAt(i);
        if (!isSpace(after) && after !== GT && after !== SLASH) throw new XmlError(`malformed attributes in <${name}>`);
      }
    }
    if (this.stack.length === 0) {
      if (this.rootClosed) throw new XmlError("a second root element");
      this.sawRoot = true;
    }
    const local = name.charCodeAt(name.length - 1) === COLON ? name : localName(name);
    if (selfClosing) {
      this.handler.open(local, attributes, true);
      if (this.stack.length === 0) this.rootClosed = true;
      this.handler.close(local);
    } else {
      this.stack.push(name);
      this.locals.push(local);
      this.handler.open(local, attributes, false);
    }
    return i + 1;
  }
}
