// The one version of the package and its contract, and where the last released contract lives.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './redocly.mjs';

/** The contract as edited. */
export const SPEC = 'openapi/openapi.yaml';
/**
 * The contract as last released: a verbatim copy of openapi/ that `npm run release` writes.
 * It is committed, so a clean clone with no network and no tags can compare against it.
 */
export const RELEASED_DIR = 'released/openapi';
export const RELEASED_SPEC = `${RELEASED_DIR}/openapi.yaml`;
/** The diff rules (diff-recommended) that rate each change major, minor or patch. */
export const DIFF_CONFIG = 'released/redocly.yaml';

// `version:` directly under the top-level `info:` block (two-space indent), quoted or not.
const INFO_VERSION = /^(info:[ \t]*\n(?:(?:[ \t]+.*)?\n)*?  version:[ \t]*)(['"]?)([^'"\s#]+)\2([ \t]*)$/m;

/** info.version of an OpenAPI root file (path relative to the project). */
export function specVersion(file = SPEC, root = ROOT) {
  const match = INFO_VERSION.exec(readFileSync(join(root, file), 'utf8'));
  if (!match) throw new Error(`${file} has no info.version.`);
  return match[3];
}

/** Rewrites info.version in place, leaving the rest of the file (comments included) as it is. */
export function setSpecVersion(version, file = SPEC, root = ROOT) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!INFO_VERSION.test(text)) throw new Error(`${file} has no info.version.`);
  writeFileSync(path, text.replace(INFO_VERSION, (_all, head, _quote, _old, tail) => `${head}${version}${tail}`));
}

export function packageVersion(root = ROOT) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

/** The released version, or undefined before the first release. */
export function releasedVersion(root = ROOT) {
  return existsSync(join(root, RELEASED_SPEC)) ? specVersion(RELEASED_SPEC, root) : undefined;
}
