import type { DevtoolsEntry } from './store.js';

type Path = readonly (string | number)[];

// The names under which APIs put each part of an error, in the order they are preferred.
const CODE = [
  'code',
  'error_code',
  'errorcode',
  'error_type',
  '__type',
  'type',
  'reason',
  'name',
  'status',
  'id',
  'error',
];
const MESSAGE = [
  'message',
  'error_description',
  'error_message',
  'errorsummary',
  'detail',
  'description',
  'reason',
  'title',
  'msg',
  'error',
];
const REQUEST_ID = /^(request_?id|trace_?id|correlation_?id|debug_?id|request-id|errorid)$/i;
const FIELD = /^(field|path|param|pointer|loc|location|property|attribute|name)$/i;
const FIELD_MESSAGE = /^(message|msg|detail|description|error)$/i;
const MAX_DEPTH = 6;

interface Found {
  code?: Path;
  message?: Path;
  requestId?: Path;
  /** An array of `{ field, message }` objects: its path and the two member names. */
  list?: { path: Path; field: string; message: string };
  /** An object of field name → message(s), such as `{ errors: { email: ['is taken'] } }`. */
  map?: Path;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The member of an object first in `names` (case ignored) whose value passes `ok`.
function pick(
  object: Record<string, unknown>,
  names: readonly string[],
  ok: (value: unknown) => boolean,
): string | undefined {
  const members = Object.keys(object);
  for (const name of names) {
    const member = members.find((key) => key.toLowerCase() === name && ok(object[key]));
    if (member !== undefined) return member;
  }
  return undefined;
}

/**
 * Where the parts of an error sit in a body: the error object is the object nearest the top with a
 * message (its code is read beside it); the request id and the field errors anywhere, nearest first.
 */
function find(body: unknown, status: number): Found {
  const found: Found = {};
  let level: [Path, unknown][] = [[[], body]];
  for (let depth = 0; depth < MAX_DEPTH && level.length; depth++) {
    const next: [Path, unknown][] = [];
    for (const [path, value] of level) {
      if (Array.isArray(value)) {
        const first = value[0];
        if (isRecord(first) && !found.list) {
          const names = Object.keys(first);
          const field = names.find((name) => FIELD.test(name));
          const message = names.find((name) => FIELD_MESSAGE.test(name) && typeof first[name] === 'string');
          if (field && message && depth > 0) found.list = { path, field, message };
        }
        if (value.length) next.push([[...path, 0], first]);
        continue;
      }
      if (!isRecord(value)) continue;
      if (!found.message) {
        const message = pick(value, MESSAGE, (v) => typeof v === 'string' && v.trim() !== '');
        if (message !== undefined) {
          found.message = [...path, message];
          // A number equal to the status is the status again, and a URL is a link: neither is a code.
          const isCode = (v: unknown) =>
            (typeof v === 'string' && v.trim() !== '' && !v.includes('://')) ||
            (typeof v === 'number' && v !== status);
          const names = CODE.filter((name) => name !== message.toLowerCase());
          const code = pick(value, names, isCode);
          if (code !== undefined) found.code = [...path, code];
          // Else beside it, one level down: GraphQL's `extensions.code`, Contentful's `sys.id`.
          for (const [name, child] of Object.entries(value)) {
            const inner = found.code || !isRecord(child) ? undefined : pick(child, names, isCode);
            if (inner !== undefined) found.code = [...path, name, inner];
          }
        }
      }
      for (const [name, member] of Object.entries(value).slice(0, 100)) {
        if (!found.requestId && REQUEST_ID.test(name) && typeof member === 'string')
          found.requestId = [...path, name];
        if (
          !found.map &&
          /^errors$/i.test(name) &&
          isRecord(member) &&
          Object.values(member).every(
            (v) => typeof v === 'string' || (Array.isArray(v) && typeof v[0] === 'string'),
          )
        )
          found.map = [...path, name];
        if (typeof member === 'object' && member !== null) next.push([[...path, name], member]);
      }
    }
    level = next;
  }
  return found;
}

const literal = (path: Path) => path.map((key) => JSON.stringify(key)).join(', ');
const read = (path: Path | undefined) => (path ? `text(at(body, ${literal(path)}))` : 'undefined');

/** A name for the dialect from the API's host (`api.example.com` → `apiExampleCom`). */
function nameOf(entry: DevtoolsEntry): string {
  let host = 'my-api';
  try {
    if (entry.url && /^https?:/i.test(entry.url)) host = new URL(entry.url).hostname;
  } catch {
    // A relative URL: the app's own API.
  }
  return host.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'my-api';
}

const camel = (name: string) =>
  name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^[^a-z]+/i, '') || 'myApi';

/**
 * The source of a `Dialect` that reads this error's body: where the code, message, request id and
 * field errors sit in it, found by their names. A starting point to correct and test against the
 * response (`explainDecode` says what it reads), not a finished dialect.
 */
export function dialectSkeleton(entry: DevtoolsEntry): string {
  const found = find(entry.body, entry.status);
  const name = nameOf(entry);
  const request = [entry.method, entry.url].filter(Boolean).join(' ');
  const anchor = found.code ?? found.message;
  const isText = typeof entry.body === 'string';
  const match = anchor
    ? `return text(at(body, ${literal(anchor)})) !== undefined;`
    : isText
      ? `return typeof body === 'string' && body.trim() !== '';`
      : 'return false; // No member named like a code or a message: say what marks this API’s errors.';
  const fields: string[] = [];
  if (found.list) {
    const { path, field, message } = found.list;
    fields.push(
      `    for (const item of list(at(body${path.length ? `, ${literal(path)}` : ''}))) {`,
      `      const path = text(at(item, ${JSON.stringify(field)}));`,
      `      const message = text(at(item, ${JSON.stringify(message)}));`,
      '      if (path !== undefined && message !== undefined) fieldErrors.push({ path, message });',
      '    }',
    );
  } else if (found.map) {
    fields.push(
      `    const map = at(body, ${literal(found.map)});`,
      `    if (typeof map === 'object' && map !== null) {`,
      '      for (const [path, messages] of Object.entries(map)) {',
      '        const message = text(Array.isArray(messages) ? messages[0] : messages);',
      '        if (message !== undefined) fieldErrors.push({ path, message });',
      '      }',
      '    }',
    );
  }
  const message = found.message ? read(found.message) : isText ? 'text(body)' : 'undefined';
  const code = `export const ${camel(name)}: Dialect = {
  name: ${JSON.stringify(name)},
  match(body) {
    ${match}
  },
  read(body) {
    const fieldErrors: FieldError[] = [];
${fields.length ? `${fields.join('\n')}\n` : ''}    return {
      code: ${read(found.code)},
      message: ${message},
      requestId: ${read(found.requestId)},
      fieldErrors,
    };
  },
};
`;
  // Only the helpers the dialect uses, so it compiles under `noUnusedLocals`.
  const helpers = [
    code.includes('at(') &&
      `// A member of a JSON body by its path, or undefined when the body has none there.
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );`,
    code.includes('text(') &&
      `const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;`,
    code.includes('list(') &&
      `const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);`,
  ].filter(Boolean);
  return `import type { Dialect, FieldError } from '@faultline/core';

${helpers.join('\n')}

/** Reads the errors of ${name}${request ? `, as ${request} answered ${entry.status}` : ''}. */
${code}`;
}
