// What the client costs next to its peers, in one run: each scenario measures its sides in
// interleaved rounds and reports medians as ratios to a baseline from the same rounds, so a
// noisy machine moves every side alike. Run through `npm run bench` (builds dist/ first).
import { measure } from './lib/measure.mjs';
import { startServer } from './lib/server.mjs';
import { axiosSide, bareOpenapiFetch, kySide, ourClient, rawFetch, stubFetch } from './lib/sides.mjs';

// Only the stub sees this origin; nothing is sent.
const STUB_BASE_URL = 'http://provider.invalid';

/**
 * A scenario: its sides (the first is the baseline) and the goals for our client in it.
 * Goals are shown next to the figures, never asserted: timing is not a test.
 */
export const SCENARIOS = {
  stubbed: {
    title: 'Stubbed fetch (library CPU only)',
    what: 'A `fetch` that returns a fresh `Response` with the "2" answer, no I/O.',
    maxRatio: 1.2,
    open: async () => ({
      sides: [
        bareOpenapiFetch(STUB_BASE_URL, stubFetch),
        ourClient(STUB_BASE_URL, stubFetch),
        kySide(STUB_BASE_URL, stubFetch),
        axiosSide(STUB_BASE_URL, stubFetch),
      ],
      close: async () => undefined,
    }),
  },
  loopback: {
    title: 'Loopback HTTP, sequential',
    what:
      'A node:http server on 127.0.0.1 in the same process answers the "2" example; one call at a time. ' +
      'axios uses its default http adapter on Node (node:http, keep-alive agent), the others undici fetch. ' +
      'The last three rows are for reference: axios on fetch, fetch handed a `Request` as openapi-fetch does, ' +
      'and fetch with the abort signal any real timeout needs (our client has one per attempt).',
    maxRatio: 1.1,
    open: async () => {
      const server = await startServer();
      return {
        sides: [
          rawFetch(server.baseUrl),
          ourClient(server.baseUrl),
          bareOpenapiFetch(server.baseUrl),
          kySide(server.baseUrl),
          axiosSide(server.baseUrl),
          // Not a goal: axios on the same transport as the others, to tell its code from node:http's.
          { ...axiosSide(server.baseUrl, fetch), id: 'axios-fetch' },
          // Not a goal either: the floor for anything that hands fetch a Request, as openapi-fetch does.
          rawFetch(server.baseUrl, { viaRequest: true }),
          // Nor this: the floor for anything whose timeout aborts the request on the wire.
          rawFetch(server.baseUrl, { withTimeout: true }),
        ],
        close: server.close,
      };
    },
  },
};

/**
 * @param {{ scenarios: string[], rounds: number, calls: Record<string, number>, warmup: Record<string, number> }} plan
 */
export async function runClientOverhead(plan, log = () => undefined) {
  const reports = [];
  for (const key of plan.scenarios) {
    const scenario = SCENARIOS[key];
    if (!scenario) throw new Error(`Unknown scenario ${key}; known: ${Object.keys(SCENARIOS).join(', ')}`);
    const { sides, close } = await scenario.open();
    log(`${scenario.title}: ${plan.rounds} rounds x ${plan.calls[key]} calls x ${sides.length} sides ...`);
    const started = performance.now();
    try {
      const results = await measure(sides, { rounds: plan.rounds, calls: plan.calls[key], warmup: plan.warmup[key] });
      reports.push({ key, ...scenario, rounds: plan.rounds, calls: plan.calls[key], warmup: plan.warmup[key], results, seconds: (performance.now() - started) / 1000 });
    } finally {
      await close();
    }
  }
  return reports;
}

/**
 * Each scenario's goals for our client: a ratio ceiling, and faster than ky and axios; judged on
 * wall time and on CPU time alike.
 */
export function goals(reports) {
  return reports.flatMap((report) => {
    const [baseline] = report.results;
    const find = (id) => report.results.find((result) => result.id === id);
    const client = find('client');
    const ratio = (metric) => client[metric] / baseline[metric];
    const ceiling = (metric) => ({ measured: `${ratio(metric).toFixed(2)}x`, met: ratio(metric) <= report.maxRatio });
    return [
      {
        scenario: report.key,
        goal: `client <= ${report.maxRatio.toFixed(2)}x ${baseline.name}`,
        wall: ceiling('medianUs'),
        cpu: ceiling('cpuMedianUs'),
      },
      ...['ky', 'axios'].map((id) => {
        const peer = find(id);
        const faster = (metric) => ({
          measured: `${(client[metric] / peer[metric]).toFixed(2)}x ${id}`,
          met: client[metric] < peer[metric],
        });
        return { scenario: report.key, goal: `client faster than ${peer.name}`, wall: faster('medianUs'), cpu: faster('cpuMedianUs') };
      }),
    ];
  });
}
