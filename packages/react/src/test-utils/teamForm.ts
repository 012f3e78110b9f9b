import { act, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

// The team form the Conform and Formik tests build, each the way its library's docs wire it: a
// team name, a role (`authorization.role`) and three member emails (`users.0.email` …), labelled
// "Team name", "Role" and "Email of member N", failing with Laravel's documented 422.

/** The values of the team form. */
export interface TeamValues {
  team_name: string;
  authorization: { role: string };
  users: { email: string }[];
}

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

/** Laravel's throttle answer, with no field messages (the corpus case `laravel-429-throttle`, reconstructed from its tests). */
export function teamThrottled(): Response {
  return new Response(JSON.stringify({ message: 'Too Many Attempts.' }), {
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': '57' },
  });
}

/** A 422 in Laravel's shape with field names no API documents: `__proto__`, `constructor` and such. */
export function hostileRejected(errors: [name: string, messages: string[]][]): Response {
  // Written as text from pairs: an object literal would take `__proto__` as its prototype, not a key.
  const body = `{"message":"Invalid.","errors":{${errors
    .map(([name, messages]) => `${JSON.stringify(name)}:${JSON.stringify(messages)}`)
    .join(',')}}}`;
  return new Response(body, { status: 422, headers: { 'content-type': 'application/json' } });
}

/** Answers the requests a test's server receives by hand, oldest first. */
export function manualAnswers() {
  const waiting: ((response: Response) => void)[] = [];
  return {
    /** What the server answers to the request it just received. */
    next: () => new Promise<Response>((resolve) => waiting.push(resolve)),
    /** Answers the oldest waiting request. */
    async answer(response: Response) {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      await act(async () => waiting.shift()?.(response));
    },
  };
}

/** Types what a person would before the server rejects it: a team name and two of the three emails. */
export async function typeTeam(user: UserEvent): Promise<void> {
  await user.type(screen.getByLabelText('Team name'), 'Ops');
  await user.type(screen.getByLabelText('Email of member 2'), 'grace@example.com');
  await user.type(screen.getByLabelText('Email of member 3'), 'ada@example');
}

/** Each message of {@link teamRejected} under its field, none under the member whose email was right. */
export function expectTeamMessagesUnderFields({ role = true } = {}): void {
  expect(screen.getByLabelText('Team name')).toHaveAccessibleDescription(
    'The team name must be a string. The team name must be at least 1 characters.',
  );
  if (role)
    expect(screen.getByLabelText('Role')).toHaveAccessibleDescription(
      'The selected authorization.role is invalid.',
    );
  expect(screen.getByLabelText('Email of member 1')).toHaveAccessibleDescription(
    'The users.0.email field is required.',
  );
  expect(screen.getByLabelText('Email of member 2')).not.toHaveAccessibleDescription();
  expect(screen.getByLabelText('Email of member 3')).toHaveAccessibleDescription(
    'The users.2.email must be a valid email address.',
  );
}

/** What {@link typeTeam} typed, still in the inputs. */
export function expectTeamTyped(): void {
  expect(screen.getByLabelText('Team name')).toHaveValue('Ops');
  expect(screen.getByLabelText('Email of member 1')).toHaveValue('');
  expect(screen.getByLabelText('Email of member 2')).toHaveValue('grace@example.com');
  expect(screen.getByLabelText('Email of member 3')).toHaveValue('ada@example');
}
