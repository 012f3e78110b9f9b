import { httpUrl } from '../decode/read.js';
import type { HeaderReading, HeaderRecord, Reader } from '../model/types.js';

/** The `rel` parameter of a `Link` entry, quoted or bare. */
export const REL = /\brel\s*=\s*(?:"([^"]*)"|([^\s;,"]+))/i;

/** A run of whitespace between the relation types of one `rel`. */
export const WHITESPACE_RUN = /\s+/;

/** The links of a `Link` header by relation: `<https://…>; rel="successor-version"`. */
export function parseLinks(s: string): Map<string, string> {
  const out = new Map<string, string>();
  let open = s.indexOf('<');
  while (open !== -1) {
    const close = s.indexOf('>', open);
    if (close === -1) break;
    const next = s.indexOf('<', close);
    // The parameters of this link only: up to the next link, or to the end.
    const rel = REL.exec(s.slice(close, next === -1 ? undefined : next));
    for (const r of (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(WHITESPACE_RUN)) {
      if (r && !out.has(r)) out.set(r, s.slice(open + 1, close));
    }
    open = next;
  }
  return out;
}

function readLinks(h: HeaderRecord): Pick<HeaderReading, 'helpUrl' | 'successorUrl'> {
  const links = h.link === undefined ? undefined : parseLinks(h.link);
  return { helpUrl: httpUrl(links?.get('help')), successorUrl: httpUrl(links?.get('successor-version')) };
}

/**
 * The `Link` header, a reader a decoder is assembled from: `rel="help"` is the docs link when the body
 * gives none, `rel="successor-version"` is `ApiError.successorUrl` (http(s) links only).
 */
export const linkHeader: Reader = { links: readLinks };
