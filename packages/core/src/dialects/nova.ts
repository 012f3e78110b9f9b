import { get, text } from '../read.js';
import type { Dialect } from '../types.js';

const CODE_LIKE = /^[\w.:-]{1,100}$/;

/** NovaVMS: `{ error: "<code>", message, request_id }`, the code as a bare string. */
export const nova: Dialect = {
  name: 'nova',
  match(body) {
    const error = get(body, 'error');
    return typeof error === 'string' && CODE_LIKE.test(error) && typeof get(body, 'message') === 'string';
  },
  read(body) {
    return {
      code: text(get(body, 'error')),
      message: text(get(body, 'message')),
      requestId: text(get(body, 'request_id')),
      details: get(body, 'details'),
    };
  },
};
