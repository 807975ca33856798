import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerClient } from '../../src/index.js';
import { json, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, validRequest } from '../support/requests.js';
import { responseExamples } from '../support/spec.js';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

/** Every string and key of a JSON value, so a test can look for the secret in them alone. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [key, ...stringsOf(item)]);
  return [];
}

// Secrets that also occur in the provider's data: a key letter, a JSON literal, a statusCode,
// digits of the mobile number, a customer's name.
describe.each(['b', 'true', '2', '4480', 'Chandan'])('with clientSecret %j, which collides with the data', (secret) => {
  const client = () => createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: secret, retry: { limit: 0 } });

  it.each(responseExamples.map((example) => [example.name, example.value] as const))('the %s outcome carries exactly what the provider sent', async (_name, sent) => {
    server.answer(json(200, sent));
    const result = await client().getCustomer(validRequest);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body).toEqual(sent);
    expect(result.statusCode).toBe(sent.statusCode);
    expect(result.mobileNumber).toBe(sent['mobileNumber']);
    expect(result.statusDesc).toBe(sent['statusDesc']);
    if ('ovdOnRecord' in result) expect(result.ovdOnRecord).toBe(sent['KYCTypeFlag']);

    // Logged whole, no string or key shows the secret.
    const logged: unknown = JSON.parse(JSON.stringify(result));
    for (const text of stringsOf(logged)) expect(text).not.toContain(secret);
  });
});
