import type { TestProject } from 'vitest/node';
import { freePort, startPrism } from '../../scripts/prism.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Prism mock serving generated/openapi.json for this run. */
    prismUrl: string;
  }
}

/** One real Prism process for the whole run, on a free loopback port; stopped at the end. */
export default async function setup(project: TestProject) {
  const prism = await startPrism({ port: await freePort() });
  project.provide('prismUrl', prism.url);
  return prism.stop;
}
