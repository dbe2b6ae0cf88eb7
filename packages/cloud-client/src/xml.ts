/**
 * A small XML reader for MOS answers (the default format when Format is not sent), turning a
 * document into plain data the way the catalog's schemas read JSON answers:
 *
 * - `<Root>…</Root>` becomes `{ Root: … }`;
 * - an element with child elements becomes an object keyed by child name; a name that repeats
 *   becomes a list in document order, a name that appears once stays one value (so a one-item
 *   set is one object, as EC2-style XML has it);
 * - an element without child elements becomes its text (always a string; empty → "");
 * - attributes, comments and processing instructions are ignored; CDATA is text; the five
 *   predefined entities and numeric character references are decoded.
 *
 * A DOCTYPE is refused (no entity expansion, no external references), and so is anything that
 * is not well formed: the answer of a cloud is either readable or an error.
 */
export type XmlValue = string | XmlObject | XmlValue[];
export interface XmlObject {
  [name: string]: XmlValue;
}

export class XmlError extends Error {
  constructor(message: string, readonly position: number) {
    super(`${message} (at character ${position})`);
    this.name = 'XmlError';
  }
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeText(raw: string, at: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`"&" must start an entity such as &amp;`, at);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const code = /^#x([0-9a-fA-F]+)$/.test(ref)
      ? parseInt(ref.slice(2), 16)
      : /^#(\d+)$/.test(ref)
        ? parseInt(ref.slice(1), 10)
        : NaN;
    if (!Number.isFinite(code) || code > 0x10ffff) throw new XmlError(`unknown entity &${ref};`, at);
    return String.fromCodePoint(code);
  });
}

class Reader {
  pos = 0;
  constructor(private readonly s: string) {}

  fail(message: string): never {
    throw new XmlError(message, this.pos);
  }

  startsWith(prefix: string) {
    return this.s.startsWith(prefix, this.pos);
  }

  skipPast(end: string, what: string) {
    const i = this.s.indexOf(end, this.pos);
    if (i < 0) this.fail(`unterminated ${what}`);
    const inner = this.s.slice(this.pos, i);
    this.pos = i + end.length;
    return inner;
  }

  skipSpace() {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos]!)) this.pos++;
  }

  /** Comments, processing instructions and white space between elements. */
  skipMisc() {
    for (;;) {
      this.skipSpace();
      if (this.startsWith('<!--')) this.skipPast('-->', 'comment');
      else if (this.startsWith('<?')) this.skipPast('?>', 'processing instruction');
      else if (this.startsWith('<!DOCTYPE') || this.startsWith('<!doctype')) this.fail('a DOCTYPE is not accepted');
      else return;
    }
  }

  name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.s);
    if (!m) this.fail('expected an element name');
    this.pos += m[0].length;
    return m[0];
  }

  /** Reads `<name …>…</name>` or `<name …/>` starting at '<'. */
  element(): { name: string; value: XmlValue } {
    this.pos++; // '<'
    const name = this.name();
    // Attributes are skipped, quotes respected so a '>' inside a value does not end the tag.
    for (;;) {
      this.skipSpace();
      if (this.startsWith('/>')) {
        this.pos += 2;
        return { name, value: '' };
      }
      if (this.startsWith('>')) {
        this.pos++;
        break;
      }
      this.name();
      this.skipSpace();
      if (!this.startsWith('=')) this.fail(`attribute without a value in <${name}>`);
      this.pos++;
      this.skipSpace();
      const quote = this.s[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`attribute value must be quoted in <${name}>`);
      this.pos++;
      this.skipPast(quote, 'attribute value');
    }
    return { name, value: this.content(name) };
  }

  /** Children or text up to `</name>`. */
  content(name: string): XmlValue {
    const children: [string, XmlValue][] = [];
    let text = '';
    for (;;) {
      if (this.pos >= this.s.length) this.fail(`<${name}> is not closed`);
      if (this.startsWith('</')) {
        this.pos += 2;
        const closing = this.name();
        if (closing !== name) this.fail(`</${closing}> closes <${name}>`);
        this.skipSpace();
        if (!this.startsWith('>')) this.fail(`expected ">" after </${closing}`);
        this.pos++;
        break;
      }
      if (this.startsWith('<![CDATA[')) {
        this.pos += 9;
        text += this.skipPast(']]>', 'CDATA section');
      } else if (this.startsWith('<!--')) this.skipPast('-->', 'comment');
      else if (this.startsWith('<?')) this.skipPast('?>', 'processing instruction');
      else if (this.startsWith('<')) {
        const child = this.element();
        children.push([child.name, child.value]);
      } else {
        const next = this.s.indexOf('<', this.pos);
        const end = next < 0 ? this.s.length : next;
        text += decodeText(this.s.slice(this.pos, end), this.pos);
        this.pos = end;
      }
    }
    if (children.length === 0) return text.trim() === '' ? '' : text;
    if (text.trim() !== '') this.fail(`<${name}> mixes text and elements`);
    // A child's value is never a list itself, so a list here is one this loop made.
    const out: XmlObject = {};
    for (const [key, value] of children) {
      const seen = out[key];
      if (seen === undefined) out[key] = value;
      else if (Array.isArray(seen)) seen.push(value);
      else out[key] = [seen, value];
    }
    return out;
  }

  document(): XmlObject {
    if (this.s.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipMisc();
    if (!this.startsWith('<')) this.fail('the answer is not XML');
    const root = this.element();
    this.skipMisc();
    if (this.pos < this.s.length) this.fail('content after the root element');
    return { [root.name]: root.value };
  }
}

/** Parses an XML document into `{ RootName: value }` (see the rules above). Throws XmlError. */
export function parseXml(text: string): XmlObject {
  return new Reader(text).document();
}
