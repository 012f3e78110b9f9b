import { describe, expect, it } from 'vitest';
import {
  bareCode,
  codeWords,
  fieldFromMessage,
  isCodeLike,
  isReasonPhrase,
  isSentence,
  messageHints,
  requestIdFromMessage,
  serverWords,
  WAIT,
  waitFromMessage,
} from './message.js';

describe('waitFromMessage', () => {
  it.each([
    ['Too many attempts. Try again in 15 minutes.', 900_000],
    ['Please retry after 12 seconds', 12_000],
    ['Rate limited: retry in 500ms', 500],
    ['Please wait 30s before sending again.', 30_000],
    ['Quota reached, try again in 1 hour.', 3_600_000],
    ['Slow down and try  again   in 2.5 seconds', 2500],
    ['Please retry after about 3 minutes', 180_000],
    ['Retry after at least 10 secs', 10_000],
    ['Available again in 2 days', 172_800_000],
    ['Trying again for 5 min', 300_000],
    ['Retrying in 3 s', 3000],
    ['Please retry after  about 3 minutes', 180_000],
    ['Retry after at  least 10 secs', 10_000],
    ['Try again in  5 seconds', 5000],
    ['Retry after 2.25 seconds', 2250],
    ['Retry in 1 millisecond', 1],
    ['Try again in 1 second', 1000],
    ['Retry in 5 sec', 5000],
    ['Try again in 1 minute', 60_000],
    ['Retry in 1 hr', 3_600_000],
    ['Retry in 2 hrs', 7_200_000],
    ['Try again in 1 day', 86_400_000],
  ])('reads the wait in "%s"', (message, ms) => {
    expect(waitFromMessage(message)).toBe(ms);
  });

  it('finds the whole phrase a wait is read from, as explainDecode quotes it', () => {
    expect(WAIT.exec('Too many attempts. Try again in 15 minutes.')?.[0]).toBe('Try again in 15 minutes');
    expect(WAIT.exec('Trying  again in 5 s')?.[0]).toBe('Trying  again in 5 s');
  });

  it('caps a wait longer than a week at a week', () => {
    expect(waitFromMessage('Try again in 30 days')).toBe(7 * 86_400_000);
  });

  it.each([
    ['Try again later.'],
    ['Please retry.'],
    ['We waited 5 seconds for the upstream.'],
    ['Retry 3 more times'],
    ['Try again in 3 months'],
    ['Try again in a few minutes'],
    [''],
  ])('reads no wait in "%s"', (message) => {
    expect(waitFromMessage(message)).toBeUndefined();
  });

  it('reads only the head of a long message', () => {
    expect(waitFromMessage(`${'x '.repeat(400)}try again in 5 seconds`)).toBeUndefined();
  });
});

describe('requestIdFromMessage', () => {
  it.each([
    ['An internal error occurred. Contact support with request ID: req_abc123.', 'req_abc123'],
    ['Something failed (request id req_9f8e7d)', 'req_9f8e7d'],
    ['Your request ID is req_abc.', 'req_abc'],
    ['Your request ID  is req_abc.', 'req_abc'],
    [
      'Internal error. requestId=6f1c2a9e-1111-4c3e-9d1a-5b2c4d6e8f00',
      '6f1c2a9e-1111-4c3e-9d1a-5b2c4d6e8f00',
    ],
    ['trace_id: 4bf92f3577b34da6a3ce929d0e0e4736', '4bf92f3577b34da6a3ce929d0e0e4736'],
    ['Correlation-ID: corr:7:abc', 'corr:7:abc'],
    ['Incident id INC-2041 has been opened.', 'INC-2041'],
    ['Request ID: api.v1.42 was logged.', 'api.v1.42'],
  ])('reads the request id in "%s"', (message, id) => {
    expect(requestIdFromMessage(message)).toBe(id);
  });

  it.each([
    ['Something went wrong.'],
    ['Invalid request ids were sent: x, y'],
    ['request id: ab'],
    ['request id:'],
  ])('reads no request id in "%s"', (message) => {
    expect(requestIdFromMessage(message)).toBeUndefined();
  });

  it('reads only the head of a long message', () => {
    expect(requestIdFromMessage(`${'x '.repeat(400)}request ID: req_abc123`)).toBeUndefined();
    expect(requestIdFromMessage(`${'x '.repeat(250)}request ID: req_abc123`)).toBe('req_abc123');
  });

  it('reads an id of at most 128 characters', () => {
    expect(requestIdFromMessage(`request id: ${'a'.repeat(300)}`)).toHaveLength(128);
  });
});

describe('message patterns with adversarial input', () => {
  const inputs = [
    `${'a'.repeat(1_000_000)}!`,
    `${'retry '.repeat(200_000)}!`,
    `${'try again in 1'.repeat(100_000)}!`,
    `request id ${'a.'.repeat(500_000)}!`,
    `${'request id '.repeat(100_000)}!`,
    `retry${' '.repeat(1_000_000)}5!`,
    `${'9'.repeat(1_000_000)}!`,
  ];

  it.each(inputs.map((input, i) => [i, input] as const))(
    'reads adversarial message %i in one pass',
    (_, input) => {
      expect(() => waitFromMessage(input)).not.toThrow();
      expect(() => requestIdFromMessage(input)).not.toThrow();
    },
  );
});

describe('serverWords', () => {
  it('keeps a sentence from the server as the message', () => {
    expect(serverWords('A project with this name already exists')).toEqual({
      message: 'A project with this name already exists',
    });
  });

  it.each([
    ['Not Found'],
    ['NOT FOUND'],
    ['504 Gateway Time-out'],
    ['HTTP 404 Not Found'],
    ['Internal server error'],
    ["I'm a teapot"],
    ['Service Unavailable'],
  ])('gives way to the kit’s copy when the message only restates the reason phrase: %s', (message) => {
    expect(serverWords(message).message).toBeUndefined();
  });

  it.each([['Validation Failed'], ['Unauthenticated.'], ['Too Many Attempts.'], ['Invalid']])(
    'keeps short words that are not a reason phrase: %s',
    (message) => {
      expect(serverWords(message).message).toBe(message);
    },
  );

  it('reads a message that is only a code-like token as that token', () => {
    // https://firebase.google.com/docs/reference/rest/auth#section-create-email-password
    expect(serverWords('EMAIL_EXISTS')).toEqual({ message: undefined, token: 'EMAIL_EXISTS' });
    expect(serverWords('invalid_auth')).toEqual({ message: undefined, token: 'invalid_auth' });
  });

  it('splits Kraken’s "Code:Text" into the code and the text', () => {
    // https://docs.kraken.com/exchange/guides/general/errors
    expect(serverWords('EAPI:Invalid key')).toEqual({ message: 'Invalid key', code: 'EAPI' });
    expect(serverWords('EGeneral:Invalid arguments')).toEqual({
      message: 'Invalid arguments',
      code: 'EGeneral',
    });
  });

  it('reads a code only at the start of the message, before a text of at most 2,000 characters', () => {
    expect(serverWords('The value of Amount:12 is too high')).toEqual({
      message: 'The value of Amount:12 is too high',
    });
    const long = `EAPI:${'x'.repeat(2500)}`;
    expect(serverWords(long)).toEqual({ message: long });
  });

  it('reads "UPPER_CODE: text" without a space before the colon too', () => {
    expect(serverWords('EMAIL_NOT_FOUND: There is no user record')).toEqual({
      message: 'There is no user record',
      code: 'EMAIL_NOT_FOUND',
    });
  });

  it('splits Firebase’s "CODE : text" into the code and the text', () => {
    // https://firebase.google.com/docs/reference/rest/auth#section-create-email-password
    expect(serverWords('WEAK_PASSWORD : Password should be at least 6 characters')).toEqual({
      message: 'Password should be at least 6 characters',
      code: 'WEAK_PASSWORD',
    });
    expect(serverWords('WEAK_PASSWORD : Password should be at least 6 characters\n')).toStrictEqual({
      message: 'Password should be at least 6 characters',
      code: 'WEAK_PASSWORD',
    });
  });
});

describe('isCodeLike and isReasonPhrase', () => {
  it.each(['invalid_auth', 'EMAIL_NOT_FOUND', 'NotFound', 'E0000001', '404', 'aws.foo#Bar'])(
    'reads %s as a code',
    (value) => {
      expect(isCodeLike(value)).toBe(true);
    },
  );

  it.each(['Forbidden', 'Unauthenticated.', 'Not found', 'パスワードが短すぎます'])(
    'reads %s as words',
    (value) => {
      expect(isCodeLike(value)).toBe(false);
    },
  );

  it('takes words for a sentence, and neither a code nor a restated reason phrase', () => {
    expect(isSentence('A project with this name already exists')).toBe(true);
    expect(isSentence('Invalid')).toBe(true);
    expect(isSentence('EMAIL_EXISTS')).toBe(false);
    expect(isSentence('Not Found')).toBe(false);
  });

  it('never reads a long text as a reason phrase', () => {
    expect(isReasonPhrase(`Not Found${' '.repeat(100)}!`)).toBe(false);
    expect(isReasonPhrase(`Not Found${' '.repeat(52)}`)).toBe(false);
    expect(isReasonPhrase(`Not Found${' '.repeat(51)}`)).toBe(true);
  });

  it('reads a status number with its lead-in alone as a restated reason phrase', () => {
    expect(isReasonPhrase('Error 500')).toBe(true);
    expect(serverWords('HTTP 502').message).toBeUndefined();
  });

  it('reads the longest reason phrase with the longest prefix as one, and a sentence as none', () => {
    expect(isReasonPhrase('Status: 451 Unavailable For Legal Reasons')).toBe(true);
    expect(isReasonPhrase('HTTP/1.1 413 Request Entity Too Large')).toBe(true);
    expect(isReasonPhrase('Not Found. The page you asked for is not here.')).toBe(false);
  });
});

describe('bareCode', () => {
  it.each([
    ['com.amazonaws.dynamodb.v20120810#ResourceNotFoundException', 'ResourceNotFoundException'],
    ['FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/', 'FooError'],
    ['aws.protocoltests.json#FooError:http://internal.amazon.com/coral/', 'FooError'],
  ])('drops the namespace of %s', (value, code) => {
    expect(bareCode(value)).toBe(code);
  });

  it('reads no code from what is not text', () => {
    for (const value of [undefined, null, 42, ['FooError']]) expect(bareCode(value)).toBeUndefined();
  });

  it('reads a code sent with blanks around it', () => {
    expect(bareCode('  ResourceNotFoundException\n')).toBe('ResourceNotFoundException');
  });

  it('reads a code only in the first 300 characters', () => {
    expect(bareCode(`${'a'.repeat(350)}#FooError`)).toBeUndefined();
    expect(bareCode(`${'a.'.repeat(140)}#FooError`)).toBe('FooError');
  });

  it.each(['https://example.com/probs/out-of-credit', 'about:blank', 'urn:problem:x', 'two words'])(
    'reads no code in %s',
    (value) => {
      expect(bareCode(value)).toBeUndefined();
    },
  );
});

describe('fieldFromMessage', () => {
  it('reads the field a message names first, as a dotted path', () => {
    expect(fieldFromMessage('conditions.people: At least one of the people must be set')).toEqual({
      path: 'conditions.people',
      message: 'At least one of the people must be set',
    });
    expect(fieldFromMessage('items[0].url: must use https')).toEqual({
      path: 'items.0.url',
      message: 'must use https',
    });
  });

  it('reads the field of a message sent with blanks around it', () => {
    expect(fieldFromMessage('  email: is already taken\n')).toEqual({
      path: 'email',
      message: 'is already taken',
    });
  });

  it('reads a message of at most 700 characters', () => {
    const at = (length: number) => `email:${' '.repeat(length - 14)}is taken`;
    expect(at(700)).toHaveLength(700);
    expect(fieldFromMessage(at(700))).toEqual({ path: 'email', message: 'is taken' });
    expect(fieldFromMessage(at(701))).toBeUndefined();
  });

  it('names no field for a message of several lines', () => {
    expect(fieldFromMessage('email: is already taken\nSee the docs.')).toBeUndefined();
  });

  it('names no field for a capitalized lead-in or a sentence', () => {
    expect(fieldFromMessage('Error: something broke')).toBeUndefined();
    expect(
      fieldFromMessage('Pod "grafana" is invalid: spec.containers[0].image: Required value'),
    ).toBeUndefined();
  });
});

describe('codeWords: the kind a code’s words name', () => {
  const codeKind = codeWords.codeKind as NonNullable<typeof codeWords.codeKind>;

  it('makes any status a rate limit when the words say so (Firebase’s TOO_MANY_ATTEMPTS_TRY_LATER)', () => {
    expect(codeKind('TOO_MANY_ATTEMPTS_TRY_LATER', 'forbidden', 'forbidden')).toBe('rate_limited');
  });

  it('makes a plain 400 or 500 a validation or sign-in error', () => {
    expect(codeKind('validation_failed', 'bad_request', 'bad_request')).toBe('validation');
    expect(codeKind('token_expired', 'server', 'server')).toBe('unauthenticated');
  });

  it('names the kind of an error the status does not (a 200 carrying an error)', () => {
    expect(codeKind('channel_not_found', 'unknown', 'unknown')).toBe('not_found');
  });

  it('keeps the status’s own kind when the words name it', () => {
    expect(codeKind('channel_not_found', 'bad_request', 'not_found')).toBe('not_found');
  });

  it('leaves a precise kind alone when the words name another', () => {
    expect(codeKind('channel_not_found', 'forbidden', 'forbidden')).toBeUndefined();
    expect(codeKind('token_expired', 'conflict', 'conflict')).toBeUndefined();
    expect(codeKind('validation_failed', 'forbidden', 'forbidden')).toBeUndefined();
  });

  it('leaves a plain 400 alone when the words name a kind other than validation or sign-in', () => {
    expect(codeKind('channel_not_found', 'bad_request', 'bad_request')).toBeUndefined();
  });

  it('names no kind for words that name none', () => {
    expect(codeKind('E0000001', 'unknown', 'unknown')).toBeUndefined();
    expect(codeKind('quota_exceeded', 'bad_request', 'bad_request')).toBeUndefined();
  });
});

describe('codeWords: the code AWS names in a header', () => {
  it('reads the code of X-Amzn-ErrorType without its namespace', () => {
    // https://github.com/smithy-lang/smithy/blob/2d6a0d84dd470ee7c4371d6a575cf8e05ab64fea/smithy-aws-protocol-tests/model/awsJson1_1/errors.smithy
    // (AwsJson11FooErrorUsingXAmznErrorTypeWithUri)
    const headerCode = codeWords.headerCode as NonNullable<typeof codeWords.headerCode>;
    expect(
      headerCode({
        'x-amzn-errortype': 'FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/',
      }),
    ).toBe('FooError');
    expect(headerCode({ 'x-amzn-requestid': 'x' })).toBeUndefined();
  });
});

describe('messageHints: what a message states', () => {
  it('gives the wait, the request id and the field a message names', () => {
    expect(messageHints.messageWait?.('Try again in 15 minutes.')).toBe(900_000);
    expect(messageHints.messageRequestId?.('Contact support with request ID: req_abc123.')).toBe(
      'req_abc123',
    );
    expect(messageHints.messageField?.('email: is taken')).toEqual({ path: 'email', message: 'is taken' });
  });
});
