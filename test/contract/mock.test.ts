import { describe, expect, inject, it } from 'vitest';
import { createCustomerClient, OUTCOME_KIND_BY_STATUS_CODE, type StatusCode } from '../../src/index.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { GET_CUSTOMER_PATH, requestExamples, responseExamples } from '../support/spec.js';

const baseUrl = inject('prismUrl');

/** A client whose every request asks Prism for one named example (a per-call header). */
function clientServing(example: string) {
  const client = createCustomerClient({
    baseUrl,
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    // Prism answers the same example every time; retrying "4" would only repeat it.
    retry: { limit: 0 },
  });
  return { getCustomer: (request: typeof validRequest) => client.getCustomer(request, { headers: { Prefer: `example=${example}` } }) };
}

const rawPost = (headers: Record<string, string>, body: unknown) =>
  fetch(baseUrl + GET_CUSTOMER_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the typed client against the Prism mock', () => {
  it.each(responseExamples)('example $name comes back as its typed outcome', async ({ name, value }) => {
    const result = await clientServing(name).getCustomer(validRequest);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kind).toBe(OUTCOME_KIND_BY_STATUS_CODE[value.statusCode as StatusCode]);
    expect(result.statusCode).toBe(value.statusCode);
    expect(result.statusDesc).toBe(value['statusDesc']);
    expect(result.body).toEqual(value);
    expect(result.response.status).toBe(200);
    expect(result.attempts).toBe(1);
    if ('ovdOnRecord' in result) expect(result.ovdOnRecord).toBe(value['KYCTypeFlag']);
  });

  it.each(requestExamples)('request example $name is accepted by the mock', async ({ value }) => {
    const result = await clientServing('CustomerNotFound').getCustomer(value as typeof validRequest);
    expect(result.ok).toBe(true);
  });

  it('sends the credentials as headers, never in the URL', async () => {
    const seen: Request[] = [];
    const client = createCustomerClient({
      baseUrl,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      fetch: (url, init) => {
        seen.push(new Request(url, init));
        return fetch(url, init);
      },
    });
    await client.getCustomer(validRequest);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.get('client_id')).toBe(TEST_CLIENT_ID);
    expect(seen[0]!.headers.get('client_secret')).toBe(TEST_CLIENT_SECRET);
    expect(seen[0]!.url).toBe(baseUrl + GET_CUSTOMER_PATH);
    expect(await seen[0]!.json()).toEqual(validRequest);
  });
});

describe('the mock enforces the contract', () => {
  it('refuses a request without credentials (401)', async () => {
    expect((await rawPost({}, validRequest)).status).toBe(401);
  });

  it('refuses a request with only one of the two credentials (401)', async () => {
    expect((await rawPost({ client_id: TEST_CLIENT_ID }, validRequest)).status).toBe(401);
    expect((await rawPost({ client_secret: TEST_CLIENT_SECRET }, validRequest)).status).toBe(401);
  });

  it('refuses a request that breaks the schema (422) and names the field', async () => {
    const response = await rawPost(
      { client_id: TEST_CLIENT_ID, client_secret: TEST_CLIENT_SECRET },
      { ...validRequest, mobileNumber: '81440' },
    );
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { validation: { location: string[] }[] };
    expect(problem.validation.map((issue) => issue.location.join('.'))).toContain('body.mobileNumber');
  });

  it('accepts the same request when it follows the schema (200)', async () => {
    const response = await rawPost({ client_id: TEST_CLIENT_ID, client_secret: TEST_CLIENT_SECRET }, validRequest);
    expect(response.status).toBe(200);
  });
});
