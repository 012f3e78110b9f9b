import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import {
  BILLION_LAUGHS,
  deepXml,
  EXTERNAL_ENTITY,
  isPrototypePolluted,
  POLLUTING_XML,
  tenMegabytesOfXml,
  UNCLOSED_XML,
} from '../test-utils/hostile.js';
import { readXml } from './xml.js';

describe('readXml', () => {
  it('reads the text of every text-only element by local name, the first of each name', () => {
    const doc = readXml(
      '<aws:Response xmlns:aws="urn:x"><aws:Errors><aws:Error><aws:Code>A</aws:Code></aws:Error><aws:Error><aws:Code>B</aws:Code></aws:Error></aws:Errors></aws:Response>',
    );
    expect(doc).toEqual({ code: 'A' });
  });

  it('decodes the five predefined entities and numeric references once', () => {
    const doc = readXml('<e><m>&lt;b&gt; &amp;amp; &quot;q&quot; &apos;a&apos; &#65;&#x42;&#x1F600;</m></e>');
    expect(doc?.m).toBe('<b> &amp; "q" \'a\' AB😀');
  });

  it('turns references to code points XML forbids into U+FFFD', () => {
    const doc = readXml('<e><m>a&#0;b&#xD800;c&#xDFFF;d&#x110000;e&#1;f&#xFFFE;</m></e>');
    expect(doc?.m).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffd');
  });

  // XML 1.0 §2.2 (https://www.w3.org/TR/xml/#charsets):
  // Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
  it('decodes a reference to each code point XML allows, at every edge of its ranges', () => {
    const doc = readXml(
      '<e><m>a&#9;b&#10;c&#13;d&#32;e&#xD7FF;&#xE000;&#x10000;&#x10FFFF;</m><n>&#31;&#xFFFF;</n></e>',
    );
    expect(doc?.m).toBe('a b c d e\uD7FF\uE000\u{10000}\u{10FFFF}');
    expect(doc?.n).toBe('\ufffd\ufffd');
  });

  it('leaves an undeclared entity as it was written', () => {
    expect(readXml('<e><m>&nbsp;&foo;&#99999999;</m></e>')?.m).toBe('&nbsp;&foo;&#99999999;');
  });

  it('reads CDATA as text, undecoded, and skips comments and processing instructions', () => {
    const doc = readXml(
      '<?xml version="1.0"?><!-- a --><e><?pi x?><m>No<!-- <m>x</m> -->Such<![CDATA[Key &amp; <b>]]></m></e>',
    );
    expect(doc?.m).toBe('NoSuchKey &amp; <b>');
  });

  it('finds the end of a tag outside its quoted attribute values', () => {
    const doc = readXml('<e a="1 > 0" b=\'<x>\'><m c=">">text</m></e>');
    expect(doc).toEqual({ m: 'text' });
  });

  it('keeps only elements that hold text alone, and not blank ones', () => {
    const doc = readXml('<e><m>Hello <b>x</b> world</m><n/><o></o><p> </p></e>');
    expect(doc).toEqual({ b: 'x' });
  });

  it('gives what it read before markup breaks off', () => {
    expect(readXml(UNCLOSED_XML)).toEqual({ code: 'NoSuchKey' });
    expect(readXml('<Error><Code>A</Code></Oops><Message>B</Message></Error>')).toEqual({ code: 'A' });
    expect(readXml('<Error><Code>A</Code><Message attr="never closed>')).toEqual({ code: 'A' });
    for (const cut of ['<?pi', '<', '< >', '<>']) {
      expect(readXml(`<Error><Code>A</Code>${cut}`)).toEqual({ code: 'A' });
    }
  });

  it('stops at a tag without a name', () => {
    expect(readXml('<Error><Code>A</Code><>x</><Message>B</Message></Error>')).toEqual({ code: 'A' });
  });

  it('refuses a document whose comment or CDATA section never ends, as it refuses a declaration', () => {
    for (const cut of ['<!-- x', '<![CDATA[ x', '<!ENTITY x "y">']) {
      expect(readXml(`<Error><Code>A</Code>${cut}`)).toBeUndefined();
    }
  });

  it('ignores anything after the root element', () => {
    const doc = readXml('<Error><Code>A</Code></Error><Code>B</Code><!DOCTYPE x>garbage');
    expect(doc).toEqual({ code: 'A' });
  });

  it('reads nothing after a root element closed in its own tag', () => {
    expect(readXml('<Error/><Code>A</Code>')).toEqual({});
  });

  it('reads the first megabyte of a document and no more', () => {
    // '<Error><Code>A</Code>' is 21 characters, '<Message>late</Message>' 23.
    const padded = (spaces: number) =>
      readXml(`<Error><Code>A</Code>${' '.repeat(spaces)}<Message>late</Message></Error>`);
    expect(padded(1_000_000 - 21 - 23)).toEqual({ code: 'A', message: 'late' });
    expect(padded(1_000_000 - 21 - 22)).toEqual({ code: 'A' });
  });

  it('refuses a document with a DOCTYPE: no entity of its own is ever expanded', () => {
    expect(readXml(BILLION_LAUGHS)).toBeUndefined();
    expect(readXml(EXTERNAL_ENTITY)).toBeUndefined();
  });

  it('gives nothing for an XHTML page or text without a root element', () => {
    expect(readXml('<?xml version="1.0"?><html><head><title>Down</title></head></html>')).toBeUndefined();
    expect(readXml('')).toBeUndefined();
    expect(readXml('no markup at all')).toBeUndefined();
    expect(readXml('</Error>')).toBeUndefined();
  });

  it('stops at 32 levels of nesting', () => {
    const doc = readXml(`${'<a>'.repeat(31)}<Code>deep enough</Code>${'</a>'.repeat(31)}`);
    expect(doc).toEqual({ code: 'deep enough' });
    expect(readXml(`${'<a>'.repeat(32)}<Code>too deep</Code>`)).toEqual({});
  });

  it('reads a 100k-deep document and 10 MB of XML in bounded time', () => {
    const started = performance.now();
    expect(readXml(deepXml(100_000))).toEqual({});
    expect(readXml(tenMegabytesOfXml())).toEqual({ code: 'Huge' });
    // Far above the few milliseconds this takes; only a runaway reader would reach it.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reads 10,000 tags and not one more', () => {
    // The root, the comments, <Code>, then </Code> as tag 10,001 after 9,998 comments.
    const doc = (comments: number) => readXml(`<Error>${'<!---->'.repeat(comments)}<Code>A</Code></Error>`);
    expect(doc(9_997)).toEqual({ code: 'A' });
    expect(doc(9_998)).toEqual({});
  });

  it('stops after 10,000 tags', () => {
    const doc = readXml(`<Error>${'<a/>'.repeat(20_000)}<Code>late</Code></Error>`);
    expect(doc).toEqual({});
  });

  it('keeps element names such as __proto__ as plain data, touching no prototype', () => {
    const doc = readXml(POLLUTING_XML);
    expect(Object.getPrototypeOf(doc)).toBeNull();
    expect(Object.getOwnPropertyDescriptor(doc, '__proto__')?.value).toBe('polluted');
    expect(doc?.constructor).toBe('x');
    expect(isPrototypePolluted()).toBe(false);
  });
});

describe('decodeError on hostile XML', () => {
  it.each([
    ['billion laughs', BILLION_LAUGHS],
    ['an external entity', EXTERNAL_ENTITY],
    ['100k-deep nesting', deepXml(100_000)],
    ['10 MB', tenMegabytesOfXml()],
    ['__proto__ elements', POLLUTING_XML],
  ])('gives the copy for the status for %s, showing no markup', (_, body) => {
    const started = performance.now();
    const error = decodeError({ status: 500, headers: { 'content-type': 'application/xml' }, body });
    expect(error.message).toBe('Something went wrong on our side.');
    expect(error.message).not.toContain('<');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(isPrototypePolluted()).toBe(false);
  });

  it('never reads the file an external entity names', () => {
    const error = decodeError({
      status: 400,
      headers: { 'content-type': 'text/xml' },
      body: EXTERNAL_ENTITY,
    });
    expect(JSON.stringify(error.toJSON())).not.toContain('root:');
    expect(error.details).toBeUndefined();
  });
});
