// @vitest-environment node
import { FieldApi, FormApi } from '@tanstack/react-form';
import { describe, expect, it } from 'vitest';
import { validationError } from '../test-utils/fieldErrors.js';
import { applyFieldErrors } from './applyFieldErrors.js';

// Where there is no `document` (React Native, a test in Node), TanStack Form still runs: the
// messages are placed and only the default focus, which needs the DOM, is left out.
describe('applyFieldErrors (TanStack Form) without a document', () => {
  it('places the messages and does not try to focus', () => {
    expect(typeof document).toBe('undefined');
    // As useForm makes it (its submit meta typed `unknown`, not `never`).
    const form = new FormApi({ defaultValues: { email: '', role: '' }, onSubmitMeta: undefined as unknown });
    form.mount();
    new FieldApi({ form, name: 'email' }).mount();
    const unplaced = applyFieldErrors(
      validationError([
        { path: 'email', message: 'Enter a valid email address.' },
        { path: 'seats', message: 'No seats left.' },
      ]),
      form,
    );
    expect(unplaced).toEqual([{ path: 'seats', message: 'No seats left.' }]);
    expect(form.getFieldMeta('email')?.errors).toEqual(['Enter a valid email address.']);
    expect(form.state.errors).toEqual(['No seats left.']);
  });
});
