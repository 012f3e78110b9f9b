// A small reader for XML error documents. No DOM, no DTD: a document that declares one (and so
// any entity of its own, internal or external) is refused, and only the five predefined entities
// and numeric character references are decoded. One pass over at most a megabyte, markup matched
// where it starts by one pattern that cannot backtrack, with the depth and the number of tags
// bounded; it never throws and gives what it read before malformed markup.

/** Most characters of a document read: 1 MB; the rest is left unread. */
const MAX_CHARS = 1_000_000;
/** Deepest element read; the reading stops at a deeper one. */
const MAX_DEPTH = 32;
/** Most tags, comments and processing instructions read. */
const MAX_TAGS = 10_000;

/** A reference XML predefines: `&lt;` `&gt;` `&amp;` `&quot;` `&apos;`, `&#65;` and `&#x41;`. */
export const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([\dA-Fa-f]{1,6}));/g;
/** A run of whitespace. */
export const SPACES = /\s+/g;
/**
 * The markup at the sticky position: a comment, a CDATA section (its text in group 1), a processing
 * instruction, a declaration such as `<!DOCTYPE` (`!` in group 2), or a tag (`/` in group 3 when it
 * closes, its name in group 4) whose attributes are skipped, quoted values and all. The name stops
 * where the attributes must start, and each round of the attribute loop starts at a quote, so
 * nothing here can match the same text in two ways.
 */
export const MARKUP =
  /<(?:!--[\s\S]*?-->|!\[CDATA\[([\s\S]*?)\]\]>|\?[\s\S]*?\?>|(!)|(\/?)([^\s/>]*)(?:[\s/][^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*)?>)/y;

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A code point XML 1.0 allows in a document: no NUL, no other C0 control, no surrogate, no U+FFFE/FFFF. */
function isXmlChar(c: number): boolean {
  return (
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c > 31 && c < 0xd800) ||
    (c > 0xdfff && c < 0xfffe) ||
    (c > 0xffff && c < 0x110000)
  );
}

/** Character data with its references decoded; a reference to a code point XML forbids becomes U+FFFD. */
function decode(data: string): string {
  return data.replace(REFERENCE, (_, name?: string, dec?: string, hex?: string) => {
    if (name) return NAMED[name] as string;
    const c = Number(dec ?? `0x${hex}`);
    return String.fromCodePoint(isXmlChar(c) ? c : 0xfffd);
  });
}

/**
 * Reads an XML document into the text of each element that holds only text, by lower-cased local
 * name (`aws:Code` → `code`): the first non-blank one of each name in document order, whitespace
 * runs collapsed, in a record without a prototype. Never throws. A document with a `<!DOCTYPE>`
 * (or any other declaration, or a comment or CDATA section that never ends), an XHTML page and text
 * without a root element give `undefined`; markup that breaks off, closes the wrong element, goes
 * deeper than 32 levels or past 10,000 tags gives what was read before it; anything after the root
 * element is ignored.
 */
export function readXml(input: string): Readonly<Record<string, string>> | undefined {
  const s = input.slice(0, MAX_CHARS);
  const leaves: Record<string, string> = Object.create(null);
  const open: string[] = [];
  let root: string | undefined;
  // Stryker disable next-line StringLiteral: never read before the first tag sets it.
  let text = '';
  // Stryker disable next-line BooleanLiteral: never read before the first tag sets it.
  let leaf = false;
  let i = 0;
  try {
    for (let tags = 0; tags < MAX_TAGS; tags++) {
      const lt = s.indexOf('<', i);
      // Stryker disable next-line ConditionalExpression: as `false` the reading restarts at the first tag and ends with the same elements (`true` reads nothing).
      if (lt < 0) break;
      // Text before the root is read too, and dropped when the root opens.
      text += decode(s.slice(i, lt));
      MARKUP.lastIndex = lt;
      const markup = MARKUP.exec(s);
      // Stryker disable next-line ConditionalExpression: as `false` reading null throws, caught below: the same result (`true` reads nothing).
      if (markup === null) break;
      i = MARKUP.lastIndex;
      const [tag, cdata, declaration, slash, qualified] = markup;
      // A document type declaration is where entities are defined: such a document is not read at all.
      if (declaration) return undefined;
      if (cdata !== undefined) text += cdata;
      if (qualified === undefined) continue;
      const name = qualified.slice(qualified.indexOf(':') + 1).toLowerCase();
      if (slash) {
        if (name !== open.pop()) break;
        const value = leaf ? text.replace(SPACES, ' ').trim() : '';
        if (value) leaves[name] ??= value;
        leaf = false;
      } else {
        if (name === '' || open.length >= MAX_DEPTH) break;
        root ??= name;
        // An element that just opened may hold only text; one closed in its own tag holds nothing.
        leaf = !tag.endsWith('/>');
        if (leaf) open.push(name);
      }
      text = '';
      if (open.length === 0) break;
    }
  } catch {
    // An engine with a smaller regular-expression stack than V8's may give up on a giant tag;
    // what was read before it stands.
  }
  // An XHTML page is a page for people, not an error document: nothing of it is read.
  return root === undefined || root === 'html' ? undefined : leaves;
}
