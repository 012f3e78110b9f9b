// Examples from the NovaVMS error reference (packages/core/test/vectors/seeds/002_8e328a210f8d99e9.txt).
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';

const NOVA_FIELD = {
  status: 400,
  body: { error: 'validation_failed', message: 'name: must not be empty', request_id: 'req_01HK3ZQ8V9' },
};

describe('nova dialect', () => {
  it('turns the first failing field named in a validation message into that field’s error', () => {
    const error = decodeError(NOVA_FIELD);
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'validation',
      message: 'name: must not be empty',
    });
    expect(error.fieldErrors).toEqual([{ path: 'name', message: 'must not be empty' }]);
  });

  it('reads a bracketed field path in the message as a dotted one', () => {
    const error = decodeError({
      status: 400,
      body: { error: 'validation_failed', message: 'tools[1].url: must use https' },
    });
    expect(error.fieldErrors).toEqual([{ path: 'tools.1.url', message: 'must use https' }]);
  });

  it('prefers a full details.fields list over the message', () => {
    const error = decodeError({
      status: 400,
      body: {
        error: 'validation_failed',
        message: 'name: must not be empty',
        details: {
          fields: [
            { field: 'name', message: 'must not be empty' },
            { field: 'limits.max_tokens', message: 'must be whole' },
          ],
        },
      },
    });
    expect(error.fieldErrors.map((f) => f.path)).toEqual(['name', 'limits.max_tokens']);
  });

  it('reads no field from a sentence that only contains a colon, or outside 400/422', () => {
    expect(
      decodeError({
        status: 400,
        body: { error: 'webhook_signature_invalid', message: 'Could not verify: the shared secret.' },
      }).fieldErrors,
    ).toEqual([]);
    expect(
      decodeError({ status: 404, body: { error: 'not_found', message: 'camera: not found' } }).fieldErrors,
    ).toEqual([]);
  });
});

describe('explainDecode on NovaVMS bodies', () => {
  it('explains a field named in the message as read from that message', () => {
    expect(explainDecode(NOVA_FIELD).sources).toMatchObject({
      message: 'body:message',
      'fieldErrors.0.path': 'message:"name:"',
      'fieldErrors.0.message': 'body:message',
    });
  });
});
