// `npm run check:compat`: the breaking-change gate, run by `npm test`.
// `redocly diff` compares the contract as edited (openapi/) with the last release
// (released/openapi/) and rates every change: major, minor or patch.
// - Version not bumped yet (the usual state between releases): additions and wording changes
//   may land and wait for `npm run release`; a breaking change fails.
// - Version bumped: the bump must be at least what the changes need (`--check-version`).
import semver from 'semver';
import { redocly } from './redocly.mjs';
import { DIFF_CONFIG, RELEASED_SPEC, SPEC, packageVersion, releasedVersion, specVersion } from './versions.mjs';

function fail(message) {
  console.error(`\n✖ check:compat: ${message}`);
  process.exit(1);
}

const released = releasedVersion();
const current = specVersion();
const packaged = packageVersion();
if (!released) fail(`no released contract in ${RELEASED_SPEC}. Record the first release with \`npm run release -- --first\`.`);
if (packaged !== current) fail(`package.json says ${packaged}, ${SPEC} says ${current}: they are one version. \`npm run release\` changes both.`);
if (!semver.valid(current)) fail(`${SPEC} info.version ${current} is not a semver version.`);
if (semver.lt(current, released)) fail(`${SPEC} info.version ${current} is lower than the released ${released}.`);

const bumped = semver.gt(current, released);
console.log(`Contract ${SPEC} (${current}) against the last release ${RELEASED_SPEC} (${released}):`);
const args = ['diff', RELEASED_SPEC, SPEC, '--config', DIFF_CONFIG, ...(bumped ? ['--check-version', '--fail-on=none'] : ['--fail-on=major'])];
const { status, stdout, stderr } = redocly(args);
process.stdout.write(stdout);
process.stderr.write(stderr);
if (/No diff rules are on/.test(stderr)) fail(`${DIFF_CONFIG} turns on no diff rules, so breaking changes would pass unseen.`);
if (status !== 0) {
  fail(
    bumped
      ? `version ${current} is too small a bump from ${released} for the changes above; \`npm run release -- <major|minor|patch>\` picks the version.`
      : `the changes marked major above can break callers of ${released}. Make them compatible, or release them as a new major version: \`npm run release -- major\`.`,
  );
}
