import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setSpecVersion } from '../../scripts/versions.mjs';

/** What `npm run check:compat` and `npm run release` read (plus `npm run generate` and `npm run docs` for a release). */
export const COMPAT_INPUTS = ['openapi', 'released', 'lint', 'scripts', 'redocly.yaml', 'package.json'] as const;
export const RELEASE_INPUTS = [...COMPAT_INPUTS, 'docs', 'generated', 'package-lock.json', 'CHANGELOG.md'] as const;

const SCHEMAS = 'openapi/components/schemas';

/** Edits every schema file `edit` changes; fails when it changes none, so the test cannot pass vacuously. */
function editSchemas(dir: string, what: string, edit: (text: string) => string): string[] {
  const changed: string[] = [];
  for (const name of readdirSync(join(dir, SCHEMAS))) {
    const file = join(dir, SCHEMAS, name);
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    if (after === before) continue;
    writeFileSync(file, after);
    changed.push(`${SCHEMAS}/${name}`);
  }
  if (changed.length === 0) throw new Error(`No schema in ${SCHEMAS} to ${what}.`);
  return changed;
}

/** Renames the response field KYCTypeFlag to kycTypeFlag wherever a schema declares or requires it. */
export function renameResponseField(dir: string): string[] {
  return editSchemas(dir, 'rename KYCTypeFlag in', (text) => text.replace(/^(\s*)KYCTypeFlag:/gm, '$1kycTypeFlag:').replace(/^(\s*)- KYCTypeFlag$/gm, '$1- kycTypeFlag'));
}

/** Adds an optional string field to every response schema (those declaring statusDesc). */
export function addOptionalResponseField(dir: string): string[] {
  const field = [
    '  providerReference:',
    '    type: string',
    '    maxLength: 64',
    "    description: The provider's reference for the look-up, when it sends one.",
  ].join('\n');
  return editSchemas(dir, 'add a field to', (text) => (/^  statusDesc:/m.test(text) ? text.replace(/^properties:\n/m, `properties:\n${field}\n`) : text));
}

/** Rewords the contract's own description: a patch. */
export function editDescription(dir: string): void {
  const file = join(dir, 'openapi/openapi.yaml');
  const text = readFileSync(file, 'utf8');
  const edited = text.replace('A retail agent sends', 'A retail agent (a shop that offers money transfers) sends');
  if (edited === text) throw new Error('openapi/openapi.yaml no longer holds the sentence this edit rewords.');
  writeFileSync(file, edited);
}

/** Sets package.json's version and info.version, as a release would. */
export function setVersion(dir: string, version: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
  setSpecVersion(version, 'openapi/openapi.yaml', dir);
}
