// `npm run lint`: the spec lint (zero problems expected), then `redocly score`, which rates the
// contract for integration by people and agents. The score informs; it never fails the lint.
import { redocly } from './redocly.mjs';

// Redocly's Node 20 banner shows here, once per `npm test` (README, "Output that is not an error").
const lint = redocly(['lint'], { banner: true });
process.stdout.write(lint.stdout);
process.stderr.write(lint.stderr);
if (lint.status !== 0) process.exit(lint.status);

const score = redocly(['score', 'get-customer']);
process.stdout.write(score.stdout.replace(/^\n+/, '\nredocly score:\n'));
if (score.status !== 0) process.stderr.write(score.stderr);
