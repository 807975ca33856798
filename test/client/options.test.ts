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
    ['a zero timeout', { timeoutMs: 0 }, /timeoutMs must be a finite number of milliseconds above 0, got 0/],
    ['a fractional retry limit', { retry: { limit: 1.5 } }, /retry.limit must be a whole number of retries, 0 or more, got 1.5/],
    ['a negative backoff', { retry: { baseDelayMs: -1 } }, /retry.baseDelayMs must be a finite number of milliseconds, 0 or more, got -1/],
  ])('throws a TypeError for %s, naming the option', (_label, override, message) => {
    expect(() => createCustomerClient({ ...valid, ...override })).toThrow(TypeError);
    expect(() => createCustomerClient({ ...valid, ...override })).toThrow(message);
  });

  it('never repeats the secret, even when it was passed as the baseUrl by mistake', () => {
    expect(() => createCustomerClient({ ...valid, baseUrl: TEST_CLIENT_SECRET })).toThrow('got "***"');
  });
});
