// Runs the mock in the foreground for a person, as `npm start` and `dmt-lite-mock` both do:
// Prism's log is shown from the first real request on, a Prism that dies ends the command with
// its output, and Ctrl+C (or SIGTERM) stops Prism before exiting.
import { startPrism } from './prism.mjs';

/**
 * @param {{ port: number, host?: string, banner: (url: string) => string, fail: (message: string) => never }} options
 *   `fail` is called with what went wrong when Prism cannot start or stops by itself.
 */
export async function serveMock({ port, host, banner, fail }) {
  let showLog = false;
  let stopping = false;
  const prism = await startPrism({ port, ...(host ? { host } : {}), log: (text) => showLog && process.stdout.write(text) });
  // If the mock dies, say so and fail, rather than leave a prompt that looks like it is serving.
  void prism.exited.then(({ code, output }) => {
    if (!stopping) fail(`Prism stopped unexpectedly (exit code ${code}):\n${output}`);
  });
  console.log(banner(prism.url));
  showLog = true;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      stopping = true;
      void prism.exited.then(() => process.exit(0));
      void prism.stop();
    });
  }
}
