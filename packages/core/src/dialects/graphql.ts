import { firstText, get, has, isRecord, keys, list, names, text } from '../decode/read.js';
import { normalizeCode } from '../model/codes.js';
import type { ErrorKind } from '../model/ErrorKind.js';
import type { Dialect, FieldError } from '../model/types.js';
import { GRAPHQL_CODES } from './codes.js';
import { fieldError } from './fields.js';

const REQUEST_ID_KEYS = /* @__PURE__ */ names('requestId request_id traceId trace_id');
/** The members the GraphQL spec gives an error. */
const GRAPHQL_MEMBERS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  names('message locations path extensions'),
);

/** An error's code, from its extensions as the spec has it: an error with a `code` of its own is not GraphQL's. */
function codeOf(error: unknown): string | undefined {
  return text(get(get(error, 'extensions'), 'code'), 200);
}

/**
 * The inputs a user-input error names, as Apollo Server documents them: `extensions.argumentName`
 * (`GraphQLError('Invalid argument value', { extensions: { code: 'BAD_USER_INPUT', argumentName } })`),
 * the older `UserInputError`'s `invalidArgs` list, and the common `extensions.field`.
 */
function inputErrors(error: unknown, code: string): FieldError[] {
  const extensions = get(error, 'extensions');
  const message = get(error, 'message');
  const names: unknown[] = [get(extensions, 'field'), get(extensions, 'argumentName')];
  names.push(...(list(get(extensions, 'invalidArgs')) ?? []));
  const out: FieldError[] = [];
  for (const name of names) {
    const fe = typeof name === 'string' ? fieldError(name, message, code) : undefined;
    if (fe && !out.some((e) => e.path === fe.path)) out.push(fe);
  }
  return out;
}

/**
 * GraphQL responses with `errors`: `{ errors: [{ message, locations, path, extensions: { code } }],
 * data }`. The first error gives the message and the code (`extensions.code`, numbers as strings).
 * Errors whose code means invalid user input (`BAD_USER_INPUT`) name their inputs as field errors.
 * GraphQL servers often answer 200; then the code decides the kind through the code table, and a
 * code the table does not know (or no code) is a request error (`bad_request`) when `data` is absent
 * — the request never ran — or a failure while resolving (`server`) when `data` is present.
 */
export const graphql: Dialect = {
  name: 'graphql',
  codes: GRAPHQL_CODES,
  match(body) {
    const first = list(get(body, 'errors'), 1)?.[0];
    // A GraphQL error has a message and nothing but the members the spec gives it: an error that
    // also names a `field` or a `code` of its own is another API's.
    return (
      isRecord(first) &&
      typeof get(first, 'message') === 'string' &&
      keys(first).every((key) => GRAPHQL_MEMBERS.has(key))
    );
  },
  read(body) {
    // Stryker disable next-line ArrayDeclaration: read after `match`, which found a list here.
    const errors = list(get(body, 'errors')) ?? [];
    const first = errors[0];
    const code = codeOf(first);
    const fieldErrors: FieldError[] = [];
    for (const error of errors) {
      const errorCode = codeOf(error);
      if (errorCode !== undefined && GRAPHQL_CODES[normalizeCode(errorCode)] === 'validation') {
        fieldErrors.push(...inputErrors(error, errorCode));
      }
    }
    // A 200 says nothing; the spec does: a request error never ran (no `data`), a field error did. The
    // decoder takes this kind only where the status says nothing (these kinds never override one that does).
    const kind: ErrorKind = has(body, 'data') ? 'server' : 'bad_request';
    return {
      code,
      message: text(get(first, 'message')),
      fieldErrors,
      requestId: firstText(get(first, 'extensions'), REQUEST_ID_KEYS),
      kind,
      details: errors,
    };
  },
};
