import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nessyValidationBody } from '../test-utils/errors.js';
import { useMutationFieldErrors } from './useMutationFieldErrors.js';

describe('useMutationFieldErrors', () => {
  it('shows nothing while the mutation has not failed', () => {
    for (const error of [null, undefined]) {
      const { result } = renderHook(() => useMutationFieldErrors({ error }));
      expect(result.current).toMatchObject({ error: undefined, hasErrors: false, items: [] });
    }
  });

  it('decodes a failure that carries its response (an axios error) with the built-in dialects', () => {
    // What axios rejects with for a 422: the response with its parsed body as `data`.
    const error = {
      name: 'AxiosError',
      message: 'Request failed with status code 422',
      response: {
        status: 422,
        headers: { 'content-type': 'application/json' },
        data: nessyValidationBody([{ field: 'email', message: 'This email is already registered.' }]),
      },
    };
    const { result } = renderHook(() => useMutationFieldErrors({ error }));
    expect(result.current.getErrors('email')).toEqual(['This email is already registered.']);
  });
});
