import type { ApiError } from '../model/ApiError.js';
import type { FromResponseOptions } from '../model/types.js';
import { decodeError } from './decodeError.js';
import { readResponse } from './readResponse.js';

/**
 * Decodes a failed `Response` with every built-in dialect (or `options.decoder`): reads at most
 * 1 MB of its body whatever the content type (in the charset it names, else UTF-8), copes with a
 * body already used or a stream that breaks, and never rejects.
 */
export async function fromResponse(response: Response, options?: FromResponseOptions): Promise<ApiError> {
  return decodeError(await readResponse(response, options), options);
}
