import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundled contract, as Prism serves it. */
export const SPEC_PATH = fileURLToPath(new URL('../../generated/openapi.json', import.meta.url));

interface NamedExample {
  summary?: string;
  value: unknown;
}
interface MediaType {
  schema: { $ref: string };
  examples: Record<string, NamedExample>;
}
interface CodeSample {
  lang: string;
  label: string;
  source: string;
}
interface Spec {
  paths: Record<string, { post: { operationId: string; 'x-codeSamples': CodeSample[]; requestBody: { content: Record<string, MediaType> }; responses: Record<string, { content: Record<string, MediaType> }> } }>;
  components: { schemas: Record<string, unknown>; examples?: Record<string, NamedExample> };
}

export const spec: Spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'));
/** The path of the getCustomer operation, as the contract names it. */
export const GET_CUSTOMER_PATH = Object.keys(spec.paths).find((path) => spec.paths[path]!.post.operationId === 'getCustomer')!;
const operation = spec.paths[GET_CUSTOMER_PATH]!.post;

/** Resolves a local `$ref` ("#/components/...") in the bundled contract. */
export function resolve<T>(node: T | { $ref: string }): T {
  if (node && typeof node === 'object' && '$ref' in node) {
    return node.$ref
      .slice(2)
      .split('/')
      .reduce<any>((current, key) => current[key], spec) as T;
  }
  return node as T;
}

function examplesOf(media: MediaType) {
  return Object.entries(media.examples).map(([name, example]) => ({ name, value: resolve(example).value }));
}

export const requestMedia = operation.requestBody.content['application/json']!;
export const responseMedia = operation.responses['200']!.content['application/json']!;
/** Every named request example: `{ name, value }`. */
export const requestExamples = examplesOf(requestMedia);
/** Every named response example: `{ name, value }`, value being the wire body. */
export const responseExamples = examplesOf(responseMedia) as { name: string; value: { statusCode: string; [key: string]: unknown } }[];
