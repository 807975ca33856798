// `npm run release -- <patch|minor|major>`: one step from an edited contract to a release.
//   1. `redocly diff` between the released contract (released/openapi/) and openapi/;
//      a bump smaller than the changes need is refused, and nothing is written.
//   2. The new version goes into package.json, package-lock.json and openapi/openapi.yaml.
//   3. `npm run generate`, then CHANGELOG.md gets a section written from the diff.
//   4. openapi/ is copied to released/openapi/ (the next baseline), and `npm run docs` builds
//      the site. Committing, tagging and publishing stay with the person releasing.
// `npm run release -- --first [version]` records the contract as it stands as the first
// release (default: openapi/openapi.yaml's info.version); it can be re-run until a second
// release exists.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { firstSection, listedVersions, readChangelog, releaseChanges, sectionFromDiff, writeSection } from './changelog.mjs';
import { ROOT, redocly } from './redocly.mjs';
import { DIFF_CONFIG, RELEASED_DIR, RELEASED_SPEC, SPEC, packageVersion, releasedVersion, setSpecVersion, specVersion } from './versions.mjs';

const USAGE = 'Usage: npm run release -- <patch|minor|major>   or   npm run release -- --first [version]';
const BUMPS = ['patch', 'minor', 'major'];

function refuse(message) {
  console.error(`\n✖ release refused: ${message}`);
  process.exit(1);
}

function npm(args) {
  execFileSync('npm', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });
}

function setVersions(version) {
  if (packageVersion() !== version) npm(['version', version, '--no-git-tag-version', '--ignore-scripts', '--allow-same-version']);
  setSpecVersion(version);
}

/** After the version is set, generated/ is regenerated and the changelog written: the released snapshot and the site. */
function finish(version) {
  rmSync(join(ROOT, RELEASED_DIR), { recursive: true, force: true });
  cpSync(join(ROOT, 'openapi'), join(ROOT, RELEASED_DIR), { recursive: true });
  npm(['run', '--silent', 'docs']);
  console.log(`\nReleased ${version}: package.json, openapi/openapi.yaml, generated/, CHANGELOG.md, ${RELEASED_DIR}/ and dist/docs/.`);
  console.log(`Review, then: git add -A && git commit -m "Release ${version}" && git tag v${version} && npm publish`);
}

const today = new Date().toISOString().slice(0, 10);
const [command, argument] = process.argv.slice(2);

if (command === '--first') {
  const version = argument ?? specVersion();
  if (!semver.valid(version)) refuse(`${version} is not a semver version.`);
  const later = listedVersions(readChangelog()).filter((listed) => listed !== version);
  if (later.length) refuse(`CHANGELOG.md already lists ${later.join(', ')}: the first release is behind you. Use \`npm run release -- <patch|minor|major>\`.`);
  setVersions(version);
  // Generate first, so the operations listed come from the contract as released.
  npm(['run', '--silent', 'generate']);
  const { paths } = JSON.parse(readFileSync(join(ROOT, 'generated', 'openapi.json'), 'utf8'));
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
      .map(([method, operation]) => ({ method, path, operationId: operation.operationId })),
  );
  writeSection(firstSection(version, today, operations), { replaceAll: true });
  finish(version);
} else if (BUMPS.includes(command ?? '')) {
  const released = releasedVersion();
  if (!released) refuse(`no released contract in ${RELEASED_SPEC} yet: record the first release with \`npm run release -- --first\`.`);
  const current = specVersion();
  if (packageVersion() !== current || current !== released) {
    refuse(`package.json (${packageVersion()}), ${SPEC} (${current}) and ${RELEASED_SPEC} (${released}) must all hold the released version before a release; \`npm run release\` sets the new one.`);
  }

  const diff = redocly(['diff', RELEASED_SPEC, SPEC, '--config', DIFF_CONFIG, '--format=json', '--fail-on=none']);
  if (diff.status !== 0) refuse(`redocly diff failed:\n${diff.stderr}`);
  const report = JSON.parse(diff.stdout);
  const next = semver.inc(released, command);
  const needed = redocly(['diff', RELEASED_SPEC, SPEC, '--config', DIFF_CONFIG, '--format=next-version', '--fail-on=none']).stdout.trim();
  if (!semver.valid(needed)) refuse(`redocly diff gave no next version (${needed}).`);
  if (semver.lt(next, needed)) {
    const stylish = redocly(['diff', RELEASED_SPEC, SPEC, '--config', DIFF_CONFIG, '--fail-on=none']);
    process.stdout.write(stylish.stdout);
    refuse(`a ${command} release (${next}) is too small for these changes: they need ${needed} (\`npm run release -- ${report.bump}\`).`);
  }
  if (releaseChanges(report).length === 0) console.log(`No change to the contract since ${released}; releasing the package alone.`);

  setVersions(next);
  npm(['run', '--silent', 'generate']);
  writeSection(sectionFromDiff(report, next, today));
  finish(next);
} else {
  refuse(USAGE);
}
