import type { ApiError } from './ApiError.js';
import { MAX_BODY_BYTES } from './body.js';
import { decodeError } from './decodeError.js';
import type { DecodeOptions } from './types.js';

/** Options for {@link fromResponse}. */
export interface FromResponseOptions extends DecodeOptions {
  /** Most bytes of the body to read; the rest is left unread. Defaults to 1 MB. */
  maxBytes?: number | undefined;
}

async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (response.bodyUsed) return undefined;
  const stream = response.body;
  if (!stream) return undefined;
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done || !value) break;
      const take = value.byteLength > maxBytes - size ? value.subarray(0, maxBytes - size) : value;
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
  // A multi-byte character cut at the cap decodes as a replacement character, never an error.
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/**
 * Decodes a failed `Response`: reads at most 1 MB of its body whatever the content type, copes with
 * a body already used or a stream that breaks, and never rejects.
 */
export async function fromResponse(response: Response, options?: FromResponseOptions): Promise<ApiError> {
  let body: string | undefined;
  let status = 0;
  let headers: Headers | undefined;
  try {
    status = response.status;
    headers = response.headers;
    body = await readCapped(response, options?.maxBytes ?? MAX_BODY_BYTES);
  } catch {
    /* a response that cannot be read still decodes from its status and headers */
  }
  return decodeError({ status, headers, body }, options);
}
