// A local provider for the loopback scenario: node:http on 127.0.0.1, a free port, the contract's
// "2" answer to every request once its body is read. It runs in the bench's own process, so its
// cost is in every side alike (it dilutes the ratios rather than favouring one side).
import { createServer } from 'node:http';
import { answerHeaders, answerText } from './fixtures.mjs';

/** @returns {Promise<{ baseUrl: string, close: () => Promise<void> }>} */
export async function startServer() {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, answerHeaders);
      res.end(answerText);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    baseUrl: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
