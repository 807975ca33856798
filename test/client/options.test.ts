import { describe, expect, it } from 'vitest';
import { createCustomerClient, type CustomerClientOptions } from '../../src/index.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from '../support/requests.js';

const valid: CustomerClientOptions = { baseUrl: 'http://127.0.0.1:9', clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET };

describe('createCustomerClient options', () => {
  it('accepts a complete configuration without touching the network', () => {
    expect(typeof createCustomerClient({ ...valid, timeoutMs: 1, retry: { limit: 0, baseDelayMs: 0 } }).getCustomer).toBe('function');
  });

  it.each<[string, Partial<CustomerClientOptions>, RegExp]>([
    ['a relative baseUrl', { baseUrl: '/api' }, /baseUrl must be an absolute http\(s\) URL, got "\/api"/],
    ['a non-http baseUrl', { baseUrl: 'ftp://host' }, /baseUrl must be an absolute http\(s\) URL/],
    ['an empty clientId', { clientId: '' }, /clientId must be a non-empty string/],
    ['an empty clientSecret', { clientSecret: '' }, /clientSecret must be a non-empty string/],
    ['credentials in the baseUrl', { baseUrl: 'https://user:pass@host' }, /baseUrl must not carry credentials/],
    ['a secret a header cannot carry', { clientSecret: 'caf\u00e9\u2019' }, /clientSecret contains characters an HTTP header cannot carry/],
    ['a secret with a trailing newline', { clientSecret: `${TEST_CLIENT_SECRET}\n` }, /clientSecret has leading or trailing whitespace/],
    ['an id with a leading space', { clientId: ` ${TEST_CLIENT_ID}` }, /clientId has leading or trailing whitespace/],
    ['a zero timeout', { timeoutMs: 0 }, /timeoutMs must be a whole number of milliseconds from 1 to 2147483647, got 0/],
    ['a fractional timeout', { timeoutMs: 1500.5 }, /timeoutMs must be a whole number of milliseconds/],
    ['a timeout no timer can take', { timeoutMs: 2 ** 32 }, /timeoutMs must be a whole number of milliseconds from 1 to 2147483647, got 4294967296/],
    ['a fractional retry limit', { retry: { limit: 1.5 } }, /retry.limit must be a whole number of retries, 0 or more, got 1.5/],
    ['a negative backoff', { retry: { baseDelayMs: -1 } }, /retry.baseDelayMs must be a whole number of milliseconds from 0/],
    ['a Retry-After cap no timer can take', { retry: { maxRetryAfterMs: 2 ** 31 } }, /retry.maxRetryAfterMs must be a whole number/],
  ])('throws a TypeError for %s, naming the option', (_label, override, message) => {
    expect(() => createCustomerClient({ ...valid, ...override })).toThrow(TypeError);
    expect(() => createCustomerClient({ ...valid, ...override })).toThrow(message);
  });

  it('never repeats the secret, even when it was passed as the baseUrl by mistake', () => {
    expect(() => createCustomerClient({ ...valid, baseUrl: TEST_CLIENT_SECRET })).toThrow('got "***"');
  });

  it('never echoes a secret it refuses', () => {
    const secret = `${TEST_CLIENT_SECRET}\u2019`;
    expect(() => createCustomerClient({ ...valid, clientSecret: secret })).toThrow(expect.objectContaining({ message: expect.not.stringContaining(TEST_CLIENT_SECRET) }));
  });

  it('throws a TypeError, never a foreign error, for options that cannot be read', () => {
    const hostile = Object.defineProperty({ ...valid }, 'clientSecret', {
      get() {
        throw Object.create(null);
      },
    });
    expect(() => createCustomerClient(hostile)).toThrow(TypeError);
    expect(() => createCustomerClient(null as unknown as CustomerClientOptions)).toThrow(TypeError);
  });

  it('reads each option once: a getter cannot pass the check and then hand over another value', () => {
    let reads = 0;
    const flipping = Object.defineProperty({ ...valid }, 'baseUrl', {
      get() {
        reads++;
        return reads === 1 ? 'http://127.0.0.1:9' : 'ftp://elsewhere';
      },
    });
    expect(() => createCustomerClient(flipping)).not.toThrow();
    expect(reads).toBe(1);
  });

  it('refuses a retry option that is not an object', () => {
    expect(() => createCustomerClient({ ...valid, retry: 5 as unknown as CustomerClientOptions['retry'] })).toThrow(/retry must be an object/);
  });
});
