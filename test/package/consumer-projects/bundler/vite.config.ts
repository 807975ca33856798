import { defineConfig } from 'vite';

// A server-side bundle: the client and everything it needs go into one file that runs on Node
// with no node_modules beside it.
export default defineConfig({
  build: {
    ssr: 'src/server.ts',
    target: 'node20',
    outDir: 'dist',
    rolldownOptions: { output: { entryFileNames: 'server.mjs' } },
  },
  ssr: { target: 'node', noExternal: true },
});
