import { nessyValidationBody } from './errors.js';

/**
 * A 422 from the NessyAPI sign-up endpoint, with one message for a nested field and one for a field
 * the form does not have.
 */
export function signUpRejected(): Response {
  return new Response(
    JSON.stringify(
      nessyValidationBody([
        { field: 'email', message: 'Enter a valid email address.' },
        { field: 'team.name', message: 'Team names are 3 to 40 characters.' },
        { field: 'plan', message: 'The free plan is full this month.' },
      ]),
    ),
    { status: 422, headers: { 'content-type': 'application/json' } },
  );
}
