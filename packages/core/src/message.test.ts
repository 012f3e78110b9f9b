import { describe, expect, it } from 'vitest';
import { requestIdFromMessage, waitFromMessage } from './message.js';

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
  ])('reads the wait in "%s"', (message, ms) => {
    expect(waitFromMessage(message)).toBe(ms);
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
