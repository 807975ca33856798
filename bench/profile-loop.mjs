// The loop `bench/profile.mjs` profiles: one side of the stubbed-fetch scenario, warmed up,
// then called sequentially. Run alone it just spends CPU; the profile is the point.
//   PROFILE_SIDE=client|openapi-fetch|ky|axios (default client)   PROFILE_CALLS=20000
import { axiosSide, bareOpenapiFetch, kySide, ourClient, stubFetch } from './lib/sides.mjs';

const BASE_URL = 'http://provider.invalid';
const factories = { client: ourClient, 'openapi-fetch': bareOpenapiFetch, ky: kySide, axios: axiosSide };
const factory = factories[process.env.PROFILE_SIDE || 'client'];
if (!factory) throw new Error(`PROFILE_SIDE must be one of ${Object.keys(factories).join(', ')}`);
const calls = Number(process.env.PROFILE_CALLS || 20_000);

const side = factory(BASE_URL, stubFetch);
const WARMUP = 2_000;
for (let i = 0; i < WARMUP; i++) await side.call();
for (let i = 0; i < calls; i++) await side.call();
// The profile covers both loops; the reader divides by this.
console.log(JSON.stringify({ calls: WARMUP + calls }));
