import type { DecodeInput, FromResponseOptions } from '../model/types.js';
import { MAX_BODY_BYTES } from './body.js';
import { prop } from './read.js';

function byteCap(options: FromResponseOptions | undefined): number {
  const max = prop(options, 'maxBytes');
  // Stryker disable next-line ConditionalExpression: as `false`, Number.isFinite below refuses a non-number all the same; this narrows the type (`true`, ignoring every cap, fails the tests).
  if (typeof max !== 'number') return MAX_BODY_BYTES;
  return Number.isFinite(max) && max >= 0 ? Math.floor(max) : MAX_BODY_BYTES;
}

/** The `charset` parameter of a content type. */
export const CHARSET = /;\s*charset\s*=\s*"?([\w.:-]{1,40})/i;

function textDecoder(headers: Headers | undefined): TextDecoder {
  try {
    // Stryker disable next-line OptionalChaining: without headers, `headers.get` throws and reads as UTF-8, as no content type does.
    const type = headers?.get('content-type');
    // No charset is UTF-8, TextDecoder's own default; an unknown one throws, and reads as UTF-8 too.
    // Stryker disable next-line OptionalChaining,StringLiteral: with no content type or no charset in it, this throws or finds none, and either reads as UTF-8.
    return new TextDecoder(CHARSET.exec(type?.slice(0, 256) ?? '')?.[1]);
  } catch {
    return new TextDecoder();
  }
}

/**
 * At most `maxBytes` of the body as text, decoded as the bytes arrive; a multi-byte character cut at
 * the cap becomes a replacement character, never an error.
 */
async function readCapped(
  response: Response,
  maxBytes: number,
  decoder: TextDecoder,
): Promise<string | undefined> {
  // A body someone else began to read: what is left of it is no message.
  if (response.bodyUsed) return undefined;
  const stream = response.body;
  // Stryker disable next-line ConditionalExpression: as `false`, `null.getReader()` throws, caught by readResponse: no body either way; the check spares the throw (`true`, reading no body at all, fails the tests).
  if (!stream) return undefined;
  const reader = stream.getReader();
  let text = '';
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      // A stream that yields something other than bytes is as broken as one that errors.
      if (done || !ArrayBuffer.isView(value)) break;
      const chunk = new Uint8Array(
        value.buffer,
        value.byteOffset,
        Math.min(value.byteLength, maxBytes - size),
      );
      size += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
    }
  } catch {
    /* a stream that breaks: decode what arrived */
  } finally {
    reader.cancel().catch(() => {});
  }
  return text + decoder.decode();
}

/**
 * What a failed `Response` holds, as `decodeError` reads it: its status, its headers and at most
 * 1 MB of its body as text (in the charset it names, else UTF-8). Copes with a body already used or
 * a stream that breaks, and never rejects. Every decoder's `fromResponse` reads through here.
 */
export async function readResponse(response: Response, options?: FromResponseOptions): Promise<DecodeInput> {
  let body: string | undefined;
  let status: unknown = 0;
  let headers: Headers | undefined;
  try {
    status = response.status;
    headers = response.headers;
    body = await readCapped(response, byteCap(options), textDecoder(headers));
  } catch {
    /* a response that cannot be read still decodes from its status and headers */
  }
  return { status: typeof status === 'number' ? status : 0, headers, body };
}
