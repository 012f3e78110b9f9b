// Size scenario "decode with one dialect": a decoder assembled from the one dialect an API speaks.
import { createDecoder, problem } from '@faultline/core';

const decoder = createDecoder({ dialects: [problem] });

/** Decodes a failed response of an API that sends RFC 9457 problem details. */
export const decode = (input) => decoder.decode(input);
