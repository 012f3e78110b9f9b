import {
  bareCode,
  fieldFromMessage,
  isCodeLike,
  isReasonPhrase,
  isSentence,
  TOKEN,
} from '../decode/message.js';
import {
  byName,
  get,
  isRecord,
  keys,
  list,
  MAX_ITEMS,
  NAME_NOISE,
  NUMERIC,
  names,
  text,
} from '../decode/read.js';
import { kindFromWords } from '../model/codes.js';
import { toFieldPath } from '../model/paths.js';
import type { Dialect, DialectReading, FieldError } from '../model/types.js';
import { DEFAULT_CODE_KINDS } from './codes.js';
import { pointerPath } from './fieldMaps.js';
import { fieldErrorAt, isFormStatus } from './fields.js';

// Member names compare without case or separators (see `byName`): `errorMessage`, `error_message`
// and `ErrorMessage` are one name. Each list is in order of precedence.

/** Where the server's sentence may be. `error` counts only when it is a sentence, not a token. */
export const MESSAGE = /* @__PURE__ */ names(
  'message errordescription detail description error errormessage msg title summary errorsummary faultstring errormessages messages defaultmessage issue reason details errors',
);
/**
 * Where the API's code may be. `error` counts only as a token; `status` only as `UPPER_CASE` or
 * `snake_case` text; `id` only as a name (`rate_limit`, `AccessDenied`), never an instance id.
 */
export const CODE = /* @__PURE__ */ names(
  'code errorcode type errortype category name reason error issue status id',
);
/** Where one error of a list names its field, in order of precedence. */
const FIELD = /* @__PURE__ */ names(
  'field fieldname param property propertypath attribute pointer path loc location source target name fields context',
);
/** Where an envelope names the field its own message is about (Stripe's `param`, OData's `target`). */
const OWN_FIELD = /* @__PURE__ */ names('field param target');
/** Members that may hold a field map (`{ email: ["is invalid"] }`). */
const MAPS = /* @__PURE__ */ new Set(
  names('errors fielderrors validation validationerrors details detail data message'),
);
/** Map keys that stand for the enclosing object: Discord's `_errors`, DRF's `non_field_errors`, Rails' `base`. */
const SELF_KEYS = /* @__PURE__ */ new Set(names('errors fielderrors nonfielderrors base'));
/** Where a parameter arrives, not a field of the form: FastAPI's `loc[0]`, PayPal's `location`. */
const PLACES = /* @__PURE__ */ new Set(names('body query path header headers cookie formData parameter'));
/** A field name in a field-ish member: no spaces; `name` must also start in lower case (`ValidationError` is no field). */
export const FIELD_NAME = /^[^\s]{1,300}$/;
/** A lower-case first character, as a field name in `name` has. */
export const LOWER_START = /^[a-z_$]/;
/** The start of a JSON:API pointer into the resource's members: `data.attributes.` or `data.relationships.`. */
export const RESOURCE_MEMBER = /^data\.(?:attributes|relationships)\./;
/** An object's type rather than an error's: `error`, `error.list`, `errors`. */
export const OBJECT_TYPE = /^errors?(?:\W|$)/i;
/** A placeholder of a message template: Adobe Commerce's `%1`, `%fieldName`. */
export const PLACEHOLDER = /%(\w{1,64})/g;
/** A name, not an instance id: letters and underscores only. */
export const NAME_ONLY = /^[A-Za-z_]{1,100}$/;

const MAX_DEPTH = 8;
const MAX_NODES = 1000;

/** The members of a record by name (see `byName`). */
type Members = ReadonlyMap<string, unknown>;

/** A code as sent: numbers as text; namespaces dropped (`aws.foo#Bar`, `Bar:http://…`); a URI only under `code`. */
function codeOf(value: unknown, name: string): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : undefined;
  // A member the API itself calls a code is one whatever its spelling; elsewhere only a token is.
  const code = bareCode(value) ?? (name === 'code' || name === 'errorcode' ? text(value, 200) : undefined);
  // `"error": "Not Found"` restates the status; Anthropic's `"type": "error"` and Intercom's
  // `"type": "error.list"` name the kind of object, not the error. JSend's `"status": "error"` is
  // no code; Google's `"status": "INVALID_ARGUMENT"` is.
  return code === undefined ||
    ((name === 'error' || name === 'type') && (isReasonPhrase(code) || OBJECT_TYPE.test(code))) ||
    (name === 'status' && (NUMERIC.test(code) || (code !== code.toUpperCase() && !code.includes('_')))) ||
    (name === 'id' && !NAME_ONLY.test(code))
    ? undefined
    : code;
}

/** A message candidate: text, or the first text of a list (`["email must be an email"]`). */
function textOf(value: unknown): string | undefined {
  const items = list(value, 20);
  // OData v2/v3 sends `message: { lang, value }`.
  if (items === undefined) return text(value) ?? text(get(value, 'value'));
  return items.map((item) => text(item)).find((t) => t !== undefined);
}

interface Found {
  message?: string | undefined;
  code?: string | undefined;
  /** A code the message stated as a bare token (`"message": "EMAIL_NOT_FOUND"`). */
  token?: string | undefined;
  /** A numeric code equal to the status: the status said again, kept only when nothing better turns up. */
  echo?: string | undefined;
  /** A 400 whose code-ish members speak of validation (Adyen's `errorType`). */
  validation?: boolean;
}

/**
 * Message and code of one error object, by the precedence of {@link MESSAGE} and {@link CODE}, into
 * `found` where it has none yet: the first sentence is the message, the first code the code.
 */
function readError(m: Members, status: number, found: Found = {}, skip?: string): Found {
  for (const name of MESSAGE) {
    const value = m.get(name);
    // Stryker disable next-line ConditionalExpression: as `false`, textOf(undefined) is undefined too: a fast path (`true` reads no message and fails the tests).
    if (value === undefined) continue;
    const t = textOf(value);
    // A reason phrase said again is neither; a sentence is the message; a token is a code.
    if (t === undefined || (name === 'error' && TOKEN.test(t)) || isReasonPhrase(t)) continue;
    if (!isCodeLike(t)) {
      found.message ??= t;
      break;
    }
    found.token ??= t;
  }
  for (const name of CODE) {
    const value = m.get(name);
    // Stryker disable next-line ConditionalExpression: as `false`, codeOf(undefined) is undefined too: a fast path (`true` reads no code and fails the tests).
    if (value === undefined) continue;
    const code =
      name === skip || (name === 'status' && typeof value === 'number') ? undefined : codeOf(value, name);
    if (code === undefined) continue;
    // Every code-ish member counts for validation; only the first code is the code.
    found.validation ||= status === 400 && kindFromWords(code) === 'validation';
    if (code === String(status) && typeof value === 'number') found.echo ??= code;
    else found.code ??= code;
  }
  return found;
}

function join(parent: string, child: string): string {
  return parent === '' ? child : child === '' ? parent : `${parent}.${child}`;
}

/** The form field an error object names, or `undefined` (also for a URL part such as `loc: ["query", "q"]`). */
function fieldOf(m: Members, fieldNames: readonly string[]): [string, string] | undefined {
  for (const name of fieldNames) {
    let value = m.get(name);
    // Stryker disable next-line ConditionalExpression: as `false`, undefined is no field name either: a fast path (`true` reads no field and fails the tests).
    if (value === undefined) continue;
    if (name === 'source') value = get(value, 'pointer');
    // A JSON pointer to the whole document (`""`, `"#"`, `"/"`, `"#/"`) names no field.
    if (pointerPath(value) === '') continue;
    // Bitbucket's `context: "name"`, HubSpot's `context: { field }`.
    if (name === 'context' && isRecord(value)) value = get(value, 'field');
    if (name === 'fields') value = list(value, 1)?.[0];
    const parts = list(value, 50);
    if (parts !== undefined) {
      if (PLACES.has(parts[0] as string)) {
        if (parts[0] !== 'body') return undefined;
        value = parts.slice(1);
      }
    } else if (
      typeof value !== 'string' ||
      !FIELD_NAME.test(value) ||
      // An OData system query option (`$search`) is part of the URL.
      (value.startsWith('$') && !value.startsWith('$.')) ||
      PLACES.has(value) ||
      (name === 'name' && !LOWER_START.test(value))
    ) {
      continue;
    }
    // A JSON:API pointer names a member of the resource (`/data/attributes/title` is `title`); a
    // bare number (FastAPI's `loc: ["body", 1]`, a position in broken JSON) and `/data` are no field.
    const path = toFieldPath(value)?.replace(RESOURCE_MEMBER, '');
    if (path !== undefined && path !== 'data' && !NUMERIC.test(path)) return [path, name];
  }
  return undefined;
}

/** The field error of a finding at `path`: its message, and its code or the token its message was. */
function fieldError(path: string, found: Found): FieldError | undefined {
  return fieldErrorAt(path, found.message, found.code ?? found.token);
}

/** One error object of a list or a map: its own field (under `base`), message and code. */
function itemError(item: unknown, base: string | undefined, status: number): FieldError | undefined {
  const m = byName(item);
  const field = fieldOf(m, FIELD);
  const found = readError(m, status, {}, field?.[1]);
  // An error that names its own field names it whole, wherever it sits (`detail.field_errors[]`).
  const path = field?.[0] ?? base;
  if (path !== undefined) return fieldError(path, found);
  // An error that names its field only in its text: Okta's "login: An object with this field already exists".
  return found.message === undefined ? undefined : fieldFromMessage(found.message);
}

/** A member name without case or separators, as the map and envelope names are compared. */
const squash = (key: string): string => key.toLowerCase().replace(NAME_NOISE, '');

/**
 * Field errors from a field map, or `undefined` when the value is not one: every value must be a
 * sentence, a list of messages or error objects, an error object, or a nested map (keys may be list
 * indices, as Discord sends them). A bare token (`"name": "grafana"`) or a number means it is not.
 */
function mapErrors(map: unknown, status: number): FieldError[] | undefined {
  const out: FieldError[] = [];
  let nodes = 0;
  let valid = true;
  const visit = (node: unknown, path: string, depth: number) => {
    if (!valid || ++nodes > MAX_NODES || depth > MAX_DEPTH) return;
    if (out.length >= MAX_ITEMS) return;
    if (typeof node === 'string') {
      // A blank string is no sentence either ('' restates no reason phrase, but reads as one).
      const t = text(node) ?? '';
      if (isSentence(t)) out.push({ path, message: t });
      else valid = false;
      return;
    }
    const items = list(node);
    if (items !== undefined) {
      items.forEach((item, index) => {
        if (typeof item === 'string') {
          const t = text(item);
          if (t !== undefined) out.push({ path, message: t });
        } else if (isRecord(item))
          visit(item, hasMessage(item) ? path : join(path, String(index)), depth + 1);
        else valid = false;
      });
      return;
    }
    if (!isRecord(node)) {
      valid = false;
      return;
    }
    if (hasMessage(node)) {
      const fe = itemError(node, path, status);
      if (fe) out.push(fe);
      return;
    }
    for (const key of keys(node)) {
      visit(
        get(node, key),
        SELF_KEYS.has(squash(key)) ? path : join(path, toFieldPath(key) ?? ''),
        depth + 1,
      );
    }
  };
  if (!isRecord(map) || hasMessage(map) || isEnvelope(map)) return undefined;
  visit(map, '', 0);
  return valid ? out : undefined;
}

/** Names whose text makes a record one error rather than a field map. */
const MESSAGE_NAMES = /* @__PURE__ */ names('message msg description detail defaultmessage');

function hasMessage(value: unknown): boolean {
  const m = byName(value);
  return MESSAGE_NAMES.some((n) => text(m.get(n)) !== undefined);
}

/** Names that make a record an envelope rather than a form's field map. */
const ENVELOPE = /* @__PURE__ */ new Set(
  names('message msg error errors code detail details messages errormessages'),
);

/** Whether a record has one of the envelope's names (GitLab's `{ "message": { "error": "…" } }`). */
function isEnvelope(value: unknown): boolean {
  return keys(value).some((key) => ENVELOPE.has(squash(key)));
}

/** A body that is a field map as a whole: every member a list or a nested object, none an envelope's name. */
function isMapBody(root: Record<string, unknown>): boolean {
  const all = keys(root);
  return (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty body read as a map gives no field errors and the body as details, as read as an envelope it does.
    all.length > 0 &&
    !isEnvelope(root) &&
    all.every((key) => {
      const value = get(root, key);
      return list(value, 0) !== undefined || isRecord(value);
    })
  );
}

/** A message template filled in: Adobe Commerce's `"Invalid product data: %1"` with `parameters: ["…"]`. */
function fill(message: string | undefined, parameters: unknown): string | undefined {
  // Without parameters every placeholder stays as sent: no need to look for one.
  // Stryker disable next-line ConditionalExpression: as `false` each placeholder is looked up in nothing and stays as sent, the same, only slower (`true` never fills one and fails the tests).
  if (parameters === undefined) return message;
  return message?.replace(
    PLACEHOLDER,
    (whole, key: string) => text(get(parameters, NUMERIC.test(key) ? String(Number(key) - 1) : key)) ?? whole,
  );
}

/** The first item of a list when it is a record; with `whole`, a record itself too. */
function first(value: unknown, whole?: boolean): Record<string, unknown> | undefined {
  const items = list(value, 1);
  const item = items === undefined ? (whole ? value : undefined) : items[0];
  return isRecord(item) ? item : undefined;
}

/**
 * Field errors anywhere the usual envelopes put them, on 400 and 422 only (elsewhere a named
 * parameter is a URL part): lists of error objects that name a field, field maps, the envelope's own
 * `field`/`param`, and a `details` object that names the field the envelope's message is about.
 */
function fieldErrors(scopes: readonly Members[], status: number): FieldError[] {
  const out: FieldError[] = [];
  for (const m of scopes) {
    for (const [name, value] of m) {
      const items = list(value);
      if (items !== undefined) {
        for (const item of items) {
          // A list of sentences under `errors` names no field: each is an error of the whole form.
          // (A number under `errors` is code-like: never a sentence.)
          const t = name === 'errors' ? text(item) : undefined;
          if (t !== undefined && !isSentence(t)) continue;
          const fe = isRecord(item) ? itemError(item, undefined, status) : t && { path: '', message: t };
          if (fe) out.push(fe);
        }
      } else if (MAPS.has(name)) {
        const map = mapErrors(value, status);
        if (map) out.push(...map);
        // One error object in place of a map: `details: { field: "email", message }`.
        else if (hasMessage(value)) {
          const one = itemError(value, undefined, status);
          if (one) out.push(one);
        }
      }
    }
  }
  // The envelope's own field, when nothing more precise names one: `{ error: { param: "name",
  // message } }`, `{ error: { message, details: { field } } }`, OData's `{ error: { target } }`.
  for (const m of out.length > 0 ? [] : scopes.slice(0, 2)) {
    const found = readError(m, status);
    const own = fieldOf(m, OWN_FIELD);
    // A `details` object that names a field is about the envelope's message, with no code of its own
    // (one with a message of its own gave its own field error above).
    const details = fieldOf(byName(m.get('details')), OWN_FIELD);
    const fe = own ? fieldError(own[0], found) : details && fieldErrorAt(details[0], found.message);
    if (fe) out.push(fe);
  }
  // The same error met twice (in a map and in its list) is one error.
  const seen = new Set<string>();
  const unique = out.filter((fe) => {
    const key = `${fe.path}\n${fe.message}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  // Stryker disable next-line MethodExpression: the decoder keeps the first 200 field errors (decode.ts) as this does.
  return unique.slice(0, MAX_ITEMS);
}

/**
 * The generic reader: any JSON body no named dialect claims (top-level arrays included). It reads the
 * well-known member names, in any case or separator style, at the top and one level down (`error`,
 * `fault`, the first of `errors`/`details`/`detail`, and under `error` its `details`), by precedence:
 *
 * - message: `message`, `error_description`, `detail`, `description`, `error` (a sentence), `errorMessage`,
 *   `msg`, `title`, `summary`, `errorSummary`, `faultstring`, `errorMessages[0]`, …; of a list of
 *   messages the FIRST; never a code-like token or a restated reason phrase (the kit's copy stands in);
 * - code: `code`, `errorCode`, `type` (not a URI), `category`, `name`, `reason`, `error` (a token),
 *   `issue`, `status` (`UPPER_CASE` text); numbers as text, namespaces dropped (`aws#Bar`, `Bar:http…`);
 *   a number equal to the status only when nothing else is found; a token the message was is a code;
 * - field errors (400 and 422 only): lists of objects naming a field (`field`, `param`, `property`,
 *   `pointer`, `path`, `loc`, `source.pointer`, `name`, `fields[0]`) with a message, field maps at
 *   `errors`, `details`, `fieldErrors`, `validation`, `data` (nested, index keys, Discord's `_errors`),
 *   and the envelope's own `field`/`param`. A URL or query parameter is never a field.
 *
 * Request ids, waits and docs links are read for every dialect by the decoder (`common.ts`). Every
 * walk is capped in depth and nodes, so any body is read in bounded time.
 */
export const generic: Dialect = {
  name: 'generic',
  codes: DEFAULT_CODE_KINDS,
  match(body) {
    return isRecord(body) || list(body, 0) !== undefined;
  },
  read(body, { status }): DialectReading {
    // A top-level array is read as the `errors` of an envelope.
    const root = isRecord(body) ? body : { errors: body };
    const top = byName(root);
    const error =
      first(top.get('error'), true) ?? first(top.get('fault'), true) ?? first(top.get('odataerror'), true);
    const inner = byName(error);
    const message = top.get('message');
    const found: Found = {};
    for (const container of [
      root,
      error,
      top.get('sys'),
      isEnvelope(message) ? message : undefined,
      first(top.get('errors')),
      first(top.get('detail')),
      first(top.get('details')),
      first(inner.get('details'), true),
      first(inner.get('detail'), true),
      first(inner.get('errors')),
      first(inner.get('error'), true),
    ]) {
      // A place that is no record has no members: skipping it only spares building and reading an
      // empty map (most of these places are absent from most bodies).
      // Stryker disable next-line ConditionalExpression: as `true` the same nothing is read, only slower (`false` reads nothing at all and fails the tests).
      if (!isRecord(container)) continue;
      // Stryker disable next-line ConditionalExpression: as `false`, byName builds the map of the body or of `error` again, the same (`true` reads the body for every container and fails the tests).
      readError(container === root ? top : container === error ? inner : byName(container), status, found);
    }
    // Django REST framework's serializer errors: the whole body is a field map
    // (`{ "amount": ["A valid integer is required."] }`): on 400/422 only.
    if (isFormStatus(status) && isMapBody(root))
      return { fieldErrors: mapErrors(root, status), details: root };
    const reading: DialectReading = {
      code: found.code ?? found.token ?? found.echo,
      message: fill(found.message, top.get('parameters')),
      // The envelope's own details, or the whole error object: what the API said beyond the model.
      details: inner.get('details') ?? inner.get('innererror') ?? top.get('details') ?? error ?? root,
      kind: found.validation ? 'validation' : undefined,
    };
    if (isFormStatus(status))
      reading.fieldErrors = fieldErrors(
        [
          top,
          inner,
          byName(top.get('details')),
          byName(top.get('detail')),
          byName(inner.get('details')),
          byName(inner.get('detail')),
        ],
        status,
      );
    return reading;
  },
};
