// What the client adds on top of a bare fetch: validation, outcome mapping, middleware.
// Both sides call the same local node:http server in the same run, interleaved, and the result
// is the ratio of their medians, so a noisy machine moves both alike.
// Run: npm run bench   (builds dist/ first)
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createCustomerClient } from '../dist/src/index.js';
import { operationPath, requestExample } from '../scripts/contract.mjs';

const ROUNDS = 7;
const CALLS_PER_ROUND = 300;
const request = requestExample('getCustomer', 'Lookup');
const answer = JSON.stringify({ name: 'Chandan Pradhan', mobileNumber: '8144094480', statusCode: '2', statusDesc: 'Customer verified successfully', KYCTypeFlag: true });

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/JSON' });
    res.end(answer);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const url = baseUrl + operationPath('getCustomer');

const client = createCustomerClient({ baseUrl, clientId: 'bench-id', clientSecret: 'bench-secret' });
const sides = {
  'bare fetch (baseline)': async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', client_id: 'bench-id', client_secret: 'bench-secret' },
      body: JSON.stringify(request),
    });
    JSON.parse(await response.text());
  },
  'createCustomerClient().getCustomer': async () => {
    const result = await client.getCustomer(request);
    if (!result.ok) throw new Error(result.message);
  },
};

const samples = Object.fromEntries(Object.keys(sides).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, call] of Object.entries(sides)) {
    const start = performance.now();
    for (let i = 0; i < CALLS_PER_ROUND; i++) await call();
    samples[name].push((performance.now() - start) / CALLS_PER_ROUND);
  }
}
server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const [baselineName, clientName] = Object.keys(sides);
const baseline = median(samples[baselineName]);
for (const name of Object.keys(sides)) {
  console.log(`${name.padEnd(36)} ${median(samples[name]).toFixed(3)} ms/call  ratio ${(median(samples[name]) / baseline).toFixed(2)}x`);
}
console.log(`client overhead: ${(median(samples[clientName]) / baseline).toFixed(2)}x the bare fetch (median of ${ROUNDS} rounds x ${CALLS_PER_ROUND} calls)`);
