/**
 * A 422 from the NessyAPI sign-up endpoint (the seed envelope: `error.code`, `detail.field_errors`,
 * `request_id`), with one message for a nested field and one for a field the form does not have.
 */
export function signUpRejected(): Response {
  return new Response(
    JSON.stringify({
      error: {
        code: 'validation_error',
        message: 'Request body failed validation.',
        detail: {
          field_errors: [
            { field: 'email', message: 'Enter a valid email address.' },
            { field: 'team.name', message: 'Team names are 3 to 40 characters.' },
            { field: 'plan', message: 'The free plan is full this month.' },
          ],
        },
        request_id: 'req_nsy_7f3a',
      },
    }),
    { status: 422, headers: { 'content-type': 'application/json' } },
  );
}
