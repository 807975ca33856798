// `npm run docs:serve`: previews dist/docs/ as a static host would serve it, on loopback only.
// PORT picks the port (default 4173); a taken port is an error rather than another port.
import { preview } from 'vite';
import { ROOT } from './redocly.mjs';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  root: ROOT,
  configFile: false,
  logLevel: 'warn',
  build: { outDir: 'dist/docs' },
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
console.log(`Docs site: ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`} (Ctrl+C stops it)`);
