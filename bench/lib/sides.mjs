// The contenders. Each side does the same work: POST the contract's request as JSON with the
// two credential headers, then read and parse the JSON answer (and check it is the "2").
import { readFileSync } from 'node:fs';
import axios from 'axios';
import ky from 'ky';
import createClient from 'openapi-fetch';
import { createCustomerClient } from '../../dist/src/index.js';
import { answerHeaders, answerText, credentialOptions, credentials, expectAnswer, path, request } from './fixtures.mjs';

// Not every package exports its package.json, so read it where npm put it.
const version = (name) => JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
export const versions = { 'openapi-fetch': version('openapi-fetch'), ky: version('ky'), axios: version('axios') };

/**
 * A fetch without I/O: a fresh Response each call, as a server would send it. The request is not
 * read, so what is left is what each library spends building the request and reading the answer.
 */
export const stubFetch = () => Promise.resolve(new Response(answerText, { status: 200, headers: answerHeaders }));

/** Our client, with everything on by default (per-attempt timeout, retry policy, redaction). */
export function ourClient(baseUrl, fetch) {
  const client = createCustomerClient({ baseUrl, ...credentialOptions, ...(fetch ? { fetch } : {}) });
  return {
    name: 'createCustomerClient().getCustomer',
    id: 'client',
    call: async () => {
      const result = await client.getCustomer(request);
      if (!result.ok) throw result;
      expectAnswer(result);
    },
  };
}

/** openapi-fetch as a team would call it bare: createClient<paths>() then POST. */
export function bareOpenapiFetch(baseUrl, fetch) {
  const http = createClient({ baseUrl, ...(fetch ? { fetch } : {}) });
  return {
    name: `openapi-fetch ${versions['openapi-fetch']} POST`,
    id: 'openapi-fetch',
    call: async () => {
      const { data, error } = await http.POST(path, { body: request, headers: credentials });
      if (error !== undefined) throw new Error(JSON.stringify(error));
      expectAnswer(data);
    },
  };
}

/** ky with its defaults (10 s timeout; POST is not retried); `fetch` replaces the transport. */
export function kySide(baseUrl, fetch) {
  const api = ky.create(fetch ? { fetch } : {});
  const url = baseUrl + path;
  return {
    name: `ky ${versions.ky}`,
    id: 'ky',
    call: async () => expectAnswer(await api.post(url, { json: request, headers: credentials }).json()),
  };
}

/**
 * axios with its defaults. Given a `fetch`, it uses its own fetch adapter with `env.fetch`: axios
 * then builds the Request and reads the Response itself, as the others do. A custom adapter would
 * skip that work and make axios look cheaper than it is. Without one, axios on Node uses its
 * default http adapter (node:http with the global keep-alive agent), not fetch.
 */
export function axiosSide(baseUrl, fetch) {
  const api = axios.create(fetch ? { adapter: 'fetch', env: { fetch } } : {});
  const url = baseUrl + path;
  return {
    name: `axios ${versions.axios} (${fetch ? 'fetch adapter, env.fetch' : 'default http adapter'})`,
    id: 'axios',
    call: async () => expectAnswer((await api.post(url, request, { headers: credentials })).data),
  };
}

/**
 * The floor over a socket: the platform fetch, by hand. `viaRequest` hands fetch a `Request`
 * instead of (url, init), as openapi-fetch does; undici on Node 20 charges for that.
 */
export function rawFetch(baseUrl, { viaRequest = false, withTimeout = false } = {}) {
  const url = baseUrl + path;
  const init = (signal) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...credentials },
    body: JSON.stringify(request),
    ...(signal ? { signal } : {}),
  });
  if (withTimeout) {
    // What any client pays for a timeout that aborts the request on the wire: a signal that fetch
    // must follow (one controller and one timer per call, as cheap as it gets on Node).
    return {
      name: 'fetch(url, init) with a 10 s abort signal (raw, by hand)',
      id: 'fetch-timeout',
      call: async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 10_000);
        try {
          const response = await fetch(url, init(controller.signal));
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          expectAnswer(await response.json());
        } finally {
          clearTimeout(timer);
        }
      },
    };
  }
  return {
    name: viaRequest ? 'fetch(new Request(url, init)) (raw, by hand)' : 'fetch(url, init) (raw, by hand)',
    id: viaRequest ? 'fetch-request' : 'fetch',
    call: async () => {
      const response = await (viaRequest ? fetch(new Request(url, init())) : fetch(url, init()));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      expectAnswer(await response.json());
    },
  };
}
