#!/usr/bin/env node
// `dmt-lite-mock`: serves the contract shipped in this package with Prism, as `npm start` does
// in the repository. Prism is an optional peer dependency, installed by the team that runs this.
import { parseArgs } from 'node:util';
import { describeMock } from './banner.mjs';
import { PortInUseError, PrismMissingError } from './prism.mjs';
import { serveMock } from './serve.mjs';

const USAGE = `Usage: dmt-lite-mock [--host <host>] [--port <port>]

Serves the DMT Lite contract shipped in @dmt-lite/get-customer with the Prism mock.
Answers the contract's named examples (pick one with the header "Prefer: example=<name>"),
401 without the credential headers, 422 for a request that breaks the contract.

Options:
  --host <host>  Address to listen on (default 127.0.0.1).
  --port <port>  Port to listen on (default: the PORT environment variable, else 4010).
  -h, --help     Show this help.

Needs @stoplight/prism-cli in your project (an optional peer dependency).`;

/** @param {string} message @param {number} code */
function fail(message, code = 1) {
  console.error(`dmt-lite-mock: ${message}`);
  process.exit(code);
}

let values;
try {
  ({ values } = parseArgs({
    options: { host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  }));
} catch (error) {
  fail(`${/** @type {Error} */ (error).message}\n\n${USAGE}`, 2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const portText = values.port ?? process.env.PORT ?? '4010';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port < 1 || port > 65_535) fail(`the port must be a whole number from 1 to 65535, got ${JSON.stringify(portText)}.`, 2);

try {
  await serveMock({
    port,
    host: values.host,
    banner: (url) => `${describeMock(url)}\n\nPress Ctrl+C to stop. Prism's request log follows.\n`,
    fail,
  });
} catch (error) {
  if (error instanceof PortInUseError) fail(`port ${port} on ${values.host} is already in use; stop what holds it or pick another port (--port <port> or PORT=<port>).`);
  if (error instanceof PrismMissingError) fail(error.message);
  fail(/** @type {Error} */ (error).message);
}
