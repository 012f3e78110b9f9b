/**
 * A 422 from a Laravel API, as its documentation shows the validation error response: a top-level
 * field with two messages, a nested one (`authorization.role`) and two array items (`users.0.email`,
 * `users.2.email`). Copied from https://laravel.com/docs/12.x/validation#validation-error-response-format
 * (the body of the corpus case `laravel-422-validation-dotted-keys`).
 */
export function teamRejected(): Response {
  return new Response(
    JSON.stringify({
      message: 'The team name must be a string. (and 4 more errors)',
      errors: {
        team_name: ['The team name must be a string.', 'The team name must be at least 1 characters.'],
        'authorization.role': ['The selected authorization.role is invalid.'],
        'users.0.email': ['The users.0.email field is required.'],
        'users.2.email': ['The users.2.email must be a valid email address.'],
      },
    }),
    { status: 422, headers: { 'content-type': 'application/json' } },
  );
}
