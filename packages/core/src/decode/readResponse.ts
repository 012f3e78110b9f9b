import type { DecodeInput, FromResponseOptions } from '../model/types.js';
import { MAX_BODY_BYTES } from './body.js';
import { prop } from './read.js';

function byteCap(options: FromResponseOptions | undefined): number {
  const max = prop(options, 'maxBytes');
  return typeof max === 'number' && Number.isFinite(max) && max >= 0 ? Math.floor(max) : MAX_BODY_BYTES;
}

/** The `charset` parameter of a content type. */
export const CHARSET = /;\s*charset\s*=\s*"?([\w.:-]{1,40})/i;

function textDecoder(headers: Headers | undefined): TextDecoder {
  try {
    const type = headers?.get('content-type') ?? '';
    const charset = CHARSET.exec(type.slice(0, 256))?.[1];
    if (charset) return new TextDecoder(charset, { fatal: false });
  } catch {
    /* an unknown charset reads as UTF-8 */
  }
  return new TextDecoder('utf-8', { fatal: false });
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (response.bodyUsed) return undefined;
  const stream = response.body;
  if (!stream) return undefined;
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      // A stream that yields something other than bytes is as broken as one that errors.
      if (done || !ArrayBuffer.isView(value)) break;
      const chunk = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      const take = chunk.byteLength > maxBytes - size ? chunk.subarray(0, maxBytes - size) : chunk;
      chunks.push(take);
      size += take.byteLength;
    }
  } catch {
    /* a stream that breaks: decode what arrived */
  } finally {
    reader.cancel().catch(() => {});
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
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
    const bytes = await readCapped(response, byteCap(options));
    // A multi-byte character cut at the cap decodes as a replacement character, never an error.
    if (bytes !== undefined) body = textDecoder(headers).decode(bytes);
  } catch {
    /* a response that cannot be read still decodes from its status and headers */
  }
  return { status: typeof status === 'number' ? status : 0, headers, body };
}
