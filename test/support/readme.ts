// The README's examples, as scripts/readme-examples.mjs reads them for `npm run typecheck`.
export { importsFromSource, readmeBlocks, typescriptCodeSample } from '../../scripts/readme-examples.mjs';
