// CHANGELOG.md sections, written from `redocly diff --format=json` (the diff itself is Redocly's).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './redocly.mjs';

export const CHANGELOG = 'CHANGELOG.md';

const HEADER = `# Changelog

Every release of \`@dmt-lite/get-customer\`. The contract (\`openapi/\`) and the client built from it
share one version. \`npm run release\` writes each section from \`redocly diff\` between the released
contract and the new one: **major** changes can break an existing caller or a reader of the
response, **minor** ones add to the contract, **patch** ones change nothing a program can see.
`;

const HEADINGS = {
  major: 'Breaking changes (major)',
  minor: 'Additions (minor)',
  patch: 'Other changes (patch)',
};
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** "#/paths/~1a/post/responses/200/content/application~1json/schema/properties/x" → "`POST /a` response 200 `x`" */
export function describeLocation(pointer) {
  const segments = pointer.replace(/^#\/?/, '').split('/').filter(Boolean).map((segment) => decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~'));
  if (segments[0] !== 'paths' || segments.length < 2) return `\`${segments.join('/') || '(root)'}\``;
  let subject = segments[1];
  let rest = segments.slice(2);
  if (METHODS.has(rest[0] ?? '')) {
    subject = `${rest[0].toUpperCase()} ${subject}`;
    rest = rest.slice(1);
  }
  const parts = [];
  const field = [];
  for (let index = 0; index < rest.length; index += 1) {
    const segment = rest[index];
    const next = rest[index + 1];
    // Keywords followed by a name or index consume it too.
    const named = next !== undefined && ['responses', 'content', 'properties', 'oneOf', 'anyOf', 'allOf', 'parameters'].includes(segment);
    if (named) index += 1;
    // A discriminated union: name the outcome by its tag value, not by the mapping's position.
    if (segment === 'discriminator' && next === 'mapping' && rest[index + 2] !== undefined) {
      parts.push(`outcome "${rest[index + 2]}"`);
      index += 2;
      continue;
    }
    // allOf members are how a schema is assembled, not something a reader of the change needs.
    if (segment === 'allOf' && named) continue;
    if (segment === 'requestBody') parts.push('request body');
    else if (segment === 'schema') continue;
    else if (segment === 'items') field.push('[]');
    else if (!named) parts.push(segment);
    else if (segment === 'responses') parts.push(`response ${next}`);
    else if (segment === 'content') next === 'application/json' || parts.push(next);
    else if (segment === 'properties') field.push(next);
    else if (segment === 'parameters') parts.push(`parameter ${next}`);
    else field.push(`${segment}[${next}]`);
  }
  const fieldText = field.length ? ` \`${field.join('.').replaceAll('.[]', '[]')}\`` : '';
  return `\`${subject}\`${parts.length ? ` ${parts.join(', ')}` : ''}${fieldText}`;
}

function describeChange(change) {
  const messages = (change.verdicts ?? []).map((verdict) => verdict.message).filter(Boolean);
  const property = change.property && change.property !== 'key' ? change.property : undefined;
  const fallback = change.kind === 'added' ? 'added.' : change.kind === 'removed' ? 'removed.' : `${property ?? 'value'} changed.`;
  return `- ${describeLocation(change.path)}${messages.length ? `: ${messages.join(' ')}` : ` ${fallback}`}`;
}

/** The contract changes a release lists: all but the version number itself. */
export function releaseChanges(report) {
  return report.changes.filter((change) => !(change.path === '#/info' && change.property === 'version'));
}

export function sectionFromDiff(report, version, date) {
  const changes = releaseChanges(report);
  const lines = [`## ${version} (${date})`, ''];
  if (changes.length === 0) lines.push('No change to the contract.', '');
  for (const impact of ['major', 'minor', 'patch']) {
    const ofImpact = changes.filter((change) => change.impact === impact);
    if (ofImpact.length) lines.push(`### ${HEADINGS[impact]}`, '', ...ofImpact.map(describeChange), '');
  }
  return lines.join('\n');
}

export function firstSection(version, date, operations) {
  return [
    `## ${version} (${date})`,
    '',
    'First release. This contract is the baseline that `npm run check:compat` and every later',
    'release compare with. Operations:',
    '',
    ...operations.map(({ method, path, operationId }) => `- \`${method.toUpperCase()} ${path}\` (\`${operationId}\`)`),
    '',
  ].join('\n');
}

/** Versions that have a section, newest first. */
export function listedVersions(text) {
  return [...text.matchAll(/^## (\S+) \(/gm)].map((match) => match[1]);
}

export function readChangelog(root = ROOT) {
  try {
    return readFileSync(join(root, CHANGELOG), 'utf8');
  } catch {
    return HEADER;
  }
}

/** Writes the changelog with `section` as its newest entry; `replaceAll` drops every older one. */
export function writeSection(section, { root = ROOT, replaceAll = false } = {}) {
  const text = readChangelog(root);
  const firstEntry = text.search(/^## /m);
  const head = firstEntry === -1 ? text : text.slice(0, firstEntry);
  const older = firstEntry === -1 || replaceAll ? '' : text.slice(firstEntry);
  writeFileSync(join(root, CHANGELOG), `${head.trimEnd()}\n\n${section.trimEnd()}\n${older ? `\n${older.trimEnd()}\n` : ''}`);
}
