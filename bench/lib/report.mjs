// The bench's findings as Markdown, ready to paste into BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, platform, arch } from 'node:os';

/** The commit measured, marked when the work tree differs from it. */
export function revision() {
  try {
    const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5_000 }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export function machine() {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    os: `${platform()} ${arch()}`,
    load: loadavg().map((value) => value.toFixed(2)).join(' '),
  };
}

const us = (value) => value.toFixed(1);

/** @param {{ reports: any[], goals: any[], bundle?: string, machine: ReturnType<typeof machine>, command: string, seconds: number }} run */
export function toMarkdown({ reports, goals, bundle, machine: box, command, seconds }) {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${revision()} with \`${command}\` (${seconds.toFixed(0)} s).`,
    `Machine: ${box.cores} cores (nproc), ${box.cpu}, Node ${box.node}, ${box.os}; load average at start ${box.load}.`,
    '',
  ];
  for (const report of reports) {
    const [baseline] = report.results;
    lines.push(
      `#### ${report.title}`,
      '',
      `${report.what} ${report.warmup} warm-up calls per side, then ${report.rounds} interleaved rounds of ${report.calls} calls per side; median of the rounds.`,
      '',
      '| side | wall µs/call (median) | rounds min–max | ratio to baseline | CPU µs/call (median) | CPU ratio |',
      '|---|---:|---:|---:|---:|---:|',
      ...report.results.map(
        (result, index) =>
          `| ${result.name}${index === 0 ? ' (baseline)' : ''} | ${us(result.medianUs)} | ${us(result.minUs)}–${us(result.maxUs)} | ` +
          `**${(result.medianUs / baseline.medianUs).toFixed(2)}x** | ${us(result.cpuMedianUs)} | ${(result.cpuMedianUs / baseline.cpuMedianUs).toFixed(2)}x |`,
      ),
      '',
    );
  }
  lines.push(
    '#### Goals (shown, not asserted)',
    '',
    '| scenario | goal | wall | met | CPU | met |',
    '|---|---|---:|---|---:|---|',
    ...goals.map(
      (goal) =>
        `| ${goal.scenario} | ${goal.goal} | ${goal.wall.measured} | ${goal.wall.met ? 'yes' : 'no'} | ${goal.cpu.measured} | ${goal.cpu.met ? 'yes' : 'no'} |`,
    ),
    '',
  );
  if (bundle) lines.push(`Bundle: ${bundle}.`, '');
  return lines.join('\n');
}
