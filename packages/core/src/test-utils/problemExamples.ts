// The problem-details bodies the RFCs print, shared by the tests of the problem dialect and of the
// generic reader that reads them too. From RFC 9457 § 3 (https://www.rfc-editor.org/rfc/rfc9457#section-3)
// and RFC 7807 § 3 (https://www.rfc-editor.org/rfc/rfc7807#section-3).

/** RFC 9457 § 3: the "out of credit" example (sent with 403). */
export const OUT_OF_CREDIT = {
  type: 'https://example.com/probs/out-of-credit',
  title: 'You do not have enough credit.',
  detail: 'Your current balance is 30, but that costs 50.',
  instance: '/account/12345/msgs/abc',
  balance: 30,
  accounts: ['/account/12345', '/account/67890'],
};

/** RFC 9457 § 3: the validation example, its `errors` extension pointing into the request (sent with 422). */
export const POINTER_ERRORS = {
  type: 'https://example.net/validation-error',
  title: 'Your request is not valid.',
  errors: [
    { detail: 'must be a positive integer', pointer: '#/age' },
    { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
  ],
};

/** RFC 7807 § 3: the `invalid-params` extension (sent with 400). */
export const INVALID_PARAMS = {
  type: 'https://example.net/validation-error',
  title: "Your request parameters didn't validate.",
  'invalid-params': [
    { name: 'age', reason: 'must be a positive integer' },
    { name: 'color', reason: "must be 'green', 'red' or 'blue'" },
  ],
};
