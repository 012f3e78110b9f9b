import {
  ApiError,
  DEFAULT_MESSAGES,
  type Decoder,
  fromResponse,
  normalizeHeaders,
  toApiError,
} from '@faultline/core';
import { seen } from '../internal/seen.js';

/** Options of {@link apiFetch}: `fetch`'s own, plus the fetch implementation to use. */
export interface ApiFetchInit extends RequestInit {
  /** The `fetch` to call. Default: the global one. */
  fetch?: typeof fetch | undefined;
  /** The decoder for failed responses, for an API with a dialect or codes of its own (`createDecoder`). */
  decoder?: Decoder | undefined;
}

/**
 * `fetch` for query functions: resolves the parsed JSON body of a 2xx (`undefined` when empty),
 * throws an `ApiError` otherwise — decoded from the response, or from what `fetch` threw (offline,
 * aborted, timed out). Pass the query's `signal` so TanStack Query can cancel it.
 */
export async function apiFetch<T = unknown>(input: RequestInfo | URL, init: ApiFetchInit = {}): Promise<T> {
  const { fetch: fetchImpl = globalThis.fetch, decoder, ...requestInit } = init;
  const options = { decoder };
  // Which request failed, for the devtools when they are mounted.
  const fail = (error: ApiError): ApiError => {
    seen(error, 'fetch', input, requestInit.method, decoder);
    return error;
  };
  let response: Response;
  try {
    response = await fetchImpl(input, requestInit);
  } catch (thrown) {
    throw fail(toApiError(thrown, options));
  }
  if (!response.ok) throw fail(await fromResponse(response, options));
  let text: string;
  try {
    text = await response.text();
  } catch (thrown) {
    throw fail(toApiError(thrown, options));
  }
  if (text.trim() === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    // A 2xx whose body is not JSON is a broken upstream, not a success the UI can show.
    throw fail(
      new ApiError({
        status: response.status,
        code: 'invalid_json',
        kind: 'bad_gateway',
        message: DEFAULT_MESSAGES.bad_gateway,
        retryable: true,
        format: 'http',
        body: text.length > 2000 ? text.slice(0, 2000) : text,
        headers: normalizeHeaders(response.headers),
      }),
    );
  }
}
