import type { FieldError } from '@faultline/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, type Mock } from 'vitest';
import { errors, XSS_PAYLOADS } from './errors.js';
import { validationError } from './fieldErrors.js';

// What every form bridge (react-hook-form, TanStack Form) must do the same way, tested on the same
// invite form: each suite renders the form with its library and runs these cases; it keeps only the
// tests of what differs between libraries.

/** The values of the invite form each bridge is tested on. */
export interface InviteValues {
  email: string;
  role: string;
  address: { city: string };
  items: { name: string }[];
}

/** The invite form's empty values: inputs labelled Email, Role, City, First item and Second item. */
export const inviteDefaults = (): InviteValues => ({
  email: '',
  role: '',
  address: { city: '' },
  items: [{ name: '' }, { name: '' }],
});

/** A failed invite with messages on three fields, in an order other than the form's. */
export const inviteError = () =>
  validationError([
    { path: 'role', message: 'Pick a role.' },
    { path: 'email', message: 'Enter a valid email address.' },
    { path: 'items.1.name', message: 'Name the second item.' },
  ]);

/** A failure, and what a user sees once a bridge applied it to the invite form. */
export interface BridgeCase {
  /** The behaviour, as the test's name. */
  name: string;
  /** The error the server answered with. */
  failure: () => unknown;
  /** The options both bridges share. */
  options?: {
    mapPath?: (path: string, fieldError: FieldError) => string;
    includeMessage?: boolean;
  };
  /** Text shown on the form: the messages under fields. */
  shown?: string[];
  /** The form's own message (`role="alert"`), or `null` for none. */
  alert?: string | null;
  /** What the bridge returns: the messages it could not place on a field. */
  unplaced?: FieldError[];
  /** The label of the input that has focus afterwards. */
  focus?: string;
}

export const BRIDGE_CASES: BridgeCase[] = [
  {
    name: 'shows each message under its field and focuses the first field in the order of the form',
    failure: inviteError,
    shown: ['Enter a valid email address.', 'Pick a role.', 'Name the second item.'],
    unplaced: [],
    focus: 'Email',
  },
  {
    name: 'places nested and array paths such as address.city and items.0.name, and focuses that field',
    failure: () =>
      validationError([
        { path: 'items.0.name', message: 'Name the first item.' },
        { path: 'address.city', message: 'Enter a city.' },
      ]),
    shown: ['Name the first item.', 'Enter a city.'],
    focus: 'City',
  },
  {
    name: 'shows messages for fields the form does not have as the form’s message and returns them',
    failure: () =>
      validationError([
        { path: 'email', message: 'Invalid.' },
        { path: 'team.seats', message: 'No seats left.' },
        { path: 'billing', message: 'Add a card.' },
      ]),
    shown: ['Invalid.'],
    alert: 'No seats left. Add a card.',
    unplaced: [
      { path: 'team.seats', message: 'No seats left.' },
      { path: 'billing', message: 'Add a card.' },
    ],
  },
  {
    name: 'shows form-level messages as the form’s message and returns them without a path',
    failure: () => validationError([{ path: '', message: 'Invites are paused for this team.' }]),
    alert: 'Invites are paused for this team.',
    unplaced: [{ path: '', message: 'Invites are paused for this team.' }],
  },
  {
    name: 'shows the message of an error without field messages as the form’s message',
    failure: () => errors.forbidden(),
    alert: 'The viewer role cannot invite team members.',
  },
  {
    name: 'shows nothing for such an error when includeMessage is false',
    failure: () => errors.forbidden(),
    options: { includeMessage: false },
    alert: null,
    unplaced: [],
  },
  {
    name: 'renames server paths with mapPath',
    failure: () => validationError([{ path: 'invitee.email_address', message: 'Invalid.' }]),
    options: { mapPath: (path) => (path === 'invitee.email_address' ? 'email' : path) },
    shown: ['Invalid.'],
    focus: 'Email',
  },
  {
    name: 'joins several messages for one field',
    failure: () =>
      validationError([
        { path: 'email', message: 'Too long.' },
        { path: 'email', message: 'Already invited.' },
      ]),
    shown: ['Too long. Already invited.'],
  },
  {
    name: 'never places a message on a prototype name',
    failure: () =>
      validationError([
        { path: '__proto__', message: 'a' },
        { path: '__proto__.polluted', message: 'b' },
        { path: 'constructor.prototype.polluted', message: 'c' },
      ]),
    alert: 'a b c',
    unplaced: [
      { path: '__proto__', message: 'a' },
      { path: '__proto__.polluted', message: 'b' },
      { path: 'constructor.prototype.polluted', message: 'c' },
    ],
  },
  {
    name: 'shows markup from the server as text',
    failure: () =>
      validationError([
        ...XSS_PAYLOADS.map((message) => ({ path: 'email', message })),
        ...XSS_PAYLOADS.map((message) => ({ path: message, message })),
      ]),
    alert: XSS_PAYLOADS[0] as string,
  },
];

/**
 * Checks what a user sees once a case's failure was applied: its texts, the form's message, what
 * the bridge returned (`unplaced`, the mock it was handed to), focus; and, for every case, that no
 * server text became markup.
 */
export async function expectBridgeCase(
  testCase: BridgeCase,
  { container, unplaced }: { container: HTMLElement; unplaced: Mock },
): Promise<void> {
  await waitFor(() => expect(unplaced).toHaveBeenCalledOnce());
  for (const text of testCase.shown ?? []) expect(await screen.findByText(text)).toBeInTheDocument();
  if (testCase.alert === null) expect(screen.queryByRole('alert')).toBeNull();
  else if (testCase.alert !== undefined)
    expect(await screen.findByRole('alert')).toHaveTextContent(testCase.alert);
  if (testCase.unplaced) expect(unplaced).toHaveBeenCalledWith(testCase.unplaced);
  if (testCase.focus)
    await waitFor(() => expect(screen.getByLabelText(testCase.focus as string)).toHaveFocus());
  expect(container.querySelector('img, script, svg')).toBeNull();
  expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Types into two fields of the rendered invite form, submits it, and checks the text is still there. */
export async function expectTypedTextKept(): Promise<void> {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), 'ada@example');
  await user.type(screen.getByLabelText('Second item'), 'Laptop');
  await user.click(screen.getByRole('button', { name: 'Invite' }));
  expect(await screen.findByText('Name the second item.')).toBeInTheDocument();
  expect(screen.getByLabelText('Email')).toHaveValue('ada@example');
  expect(screen.getByLabelText('Second item')).toHaveValue('Laptop');
}
