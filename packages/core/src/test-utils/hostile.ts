// Inputs no API should send and every faultline reader must survive. Built by hand (not by a
// generator) so the worst cases are always present, whatever the random seed.

const TRAPS = [
  'apply',
  'construct',
  'defineProperty',
  'deleteProperty',
  'get',
  'getOwnPropertyDescriptor',
  'getPrototypeOf',
  'has',
  'isExtensible',
  'ownKeys',
  'preventExtensions',
  'set',
  'setPrototypeOf',
] as const;

/** A proxy whose every trap throws, so any look at it (even `Array.isArray` of a proxied array) fails. */
export function throwingProxy(target: object = {}): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of TRAPS) {
    (handler as Record<string, () => never>)[trap] = () => {
      throw new Error(`hostile ${trap}`);
    };
  }
  return new Proxy(target, handler);
}

/** A revoked proxy: `typeof` says object, and every operation on it throws a `TypeError`. */
export function revokedProxy(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** An object whose every field, at each level an envelope is read, is a getter that throws. */
export function throwingGetters(): Record<string, unknown> {
  const boom = (): never => {
    throw new Error('hostile getter');
  };
  const level = (): Record<string, unknown> => {
    const o: Record<string, unknown> = {};
    for (const key of [
      'error',
      'errors',
      'code',
      'message',
      'detail',
      'details',
      'type',
      'title',
      'status',
      'request_id',
      'retry_after',
      'field_errors',
      'fieldErrors',
      'errorMessage',
      'errorCauses',
      'fault',
      'sys',
      'reason',
      'param',
      'length',
      '0',
    ]) {
      Object.defineProperty(o, key, { enumerable: true, get: boom });
    }
    return o;
  };
  const outer = level();
  // Some readers get past the first getter through a second path: give them a hostile inner level.
  Object.defineProperty(outer, 'data', { enumerable: true, value: level() });
  return outer;
}

/** An envelope that contains itself, in an object and in an array, at the places dialects read. */
export function cyclic(): Record<string, unknown> {
  const error: Record<string, unknown> = { code: 'validation_error', message: 'Loop.' };
  const body: Record<string, unknown> = { error };
  const errors: unknown[] = [];
  errors.push(errors, body, { field: body, message: body });
  error.details = body;
  error.detail = { field_errors: errors };
  error.errors = errors;
  body.errors = errors;
  body.detail = errors;
  body.self = body;
  return body;
}

/** An object nested `depth` levels deep under the keys envelopes use, built without recursion. */
export function deepObject(depth: number): Record<string, unknown> {
  let inner: Record<string, unknown> = { code: 'deep', message: 'Deep.' };
  const keys = ['error', 'details', 'detail', 'errors', 'data'];
  for (let i = 0; i < depth; i++) inner = { [keys[i % keys.length]!]: inner };
  return inner;
}

/** JSON text nested `depth` levels deep, built without recursion. */
export function deepJson(depth: number): string {
  return `${'{"e":'.repeat(depth)}"deep"${'}'.repeat(depth)}`;
}

/** A headers-like object that throws on every method and property. */
export function throwingHeaders(): object {
  return {
    get forEach(): never {
      throw new Error('hostile headers');
    },
    get(): never {
      throw new Error('hostile headers');
    },
  };
}

/** A headers-like object that yields two good headers and then throws mid-iteration. */
export function headersThatBreak(): object {
  return {
    forEach(callback: (value: string, name: string) => void) {
      callback('req_before_break', 'x-request-id');
      callback('30', 'retry-after');
      throw new Error('hostile iteration');
    },
  };
}

let huge: string | undefined;

/** A 10 MB string, made once and shared. */
export function tenMegabytes(): string {
  huge ??= 'x'.repeat(10_000_000);
  return huge;
}

/** The property that a polluted `Object.prototype` would show on every object. */
export const POLLUTION_SENTINEL = 'faultlinePolluted';

/** JSON bodies that try to reach `Object.prototype` through `__proto__`, `constructor` and `prototype`. */
export const POLLUTING_JSON: readonly string[] = [
  `{"__proto__":{"${POLLUTION_SENTINEL}":"yes"}}`,
  `{"error":{"__proto__":{"${POLLUTION_SENTINEL}":"yes"},"code":"x","message":"m"}}`,
  `{"constructor":{"prototype":{"${POLLUTION_SENTINEL}":"yes"}}}`,
  `{"errors":{"__proto__":["${POLLUTION_SENTINEL}"],"constructor":["bad"],"prototype":["bad"]}}`,
  `{"error":{"code":"x","message":"m","details":{"fields":[{"field":"__proto__.${POLLUTION_SENTINEL}","message":"m"}]}}}`,
];

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).length;

/** Whether anything was added to `Object.prototype`. */
export function isPrototypePolluted(): boolean {
  const probe: Record<string, unknown> = {};
  return POLLUTION_SENTINEL in probe || Object.getOwnPropertyNames(Object.prototype).length !== PROTO_KEYS;
}

/** The billion-laughs document: ten levels of entities, each ten of the one before. */
export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ELEMENT lolz (#PCDATA)>
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Error><Code>&lol9;</Code><Message>&lol9;</Message></Error>`;

/** An XML document whose entity names a file on the machine that reads it. */
export const EXTERNAL_ENTITY = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Error [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Error><Code>&xxe;</Code><Message>&xxe;</Message></Error>`;

/** An S3 error document cut off in transit. */
export const UNCLOSED_XML = '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>The resource you';

/** An XML document nested `depth` levels deep. */
export function deepXml(depth: number): string {
  return `${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}`;
}

let hugeXml: string | undefined;

/** 10 MB of XML: an error document whose message never ends, made once and shared. */
export function tenMegabytesOfXml(): string {
  hugeXml ??= `<Error><Code>Huge</Code><Message>${'x'.repeat(10_000_000)}`;
  return hugeXml;
}

/** An XML error document whose element names are `__proto__`, `constructor` and `prototype`. */
export const POLLUTING_XML = `<Error><__proto__>polluted</__proto__><constructor>x</constructor><prototype><${POLLUTION_SENTINEL}>yes</${POLLUTION_SENTINEL}></prototype></Error>`;

/**
 * The hostile matrix: every value above, named, for a reader to meet as a body, headers, input or
 * options. The first eight are cheap enough to combine with every other.
 */
export function hostileValues(): readonly (readonly [string, unknown])[] {
  return [
    ['throwing proxy', throwingProxy()],
    ['throwing array proxy', throwingProxy([])],
    ['revoked proxy', revokedProxy()],
    ['revoked array proxy', revokedProxy([])],
    ['throwing getters', throwingGetters()],
    ['cyclic', cyclic()],
    ['throwing headers', throwingHeaders()],
    ['headers that break', headersThatBreak()],
    ['100k-deep object', deepObject(100_000)],
    ['100k-deep JSON', deepJson(100_000)],
    ['10 MB string', tenMegabytes()],
    ...POLLUTING_JSON.map((json, i) => [`polluting JSON ${i}`, json] as const),
    ...POLLUTING_JSON.map((json, i) => [`polluting object ${i}`, JSON.parse(json) as unknown] as const),
    ['billion-laughs XML', BILLION_LAUGHS],
    ['external-entity XML', EXTERNAL_ENTITY],
    ['unclosed XML', UNCLOSED_XML],
    ['100k-deep XML', `<?xml version="1.0"?>${deepXml(100_000)}`],
    ['10 MB XML', tenMegabytesOfXml()],
    ['polluting XML', POLLUTING_XML],
  ];
}
