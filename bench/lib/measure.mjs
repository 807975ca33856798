// Interleaved rounds: every round times one block of calls per side, so slow spells on a shared
// machine hit all sides alike; each side's figure is the median of its blocks. The starting side
// rotates each round (A B C, B C A, C A B, ...) so that garbage one side leaves behind is not
// always collected on the same neighbour's clock.
//
// Each block is timed twice: wall time (what a caller waits) and this process's CPU time (user +
// system, all threads: what the work costs). On a machine shared with other jobs the CPU time
// moves far less, because time spent descheduled is not in it.
import { performance } from 'node:perf_hooks';

/**
 * @param {{ name: string, id: string, call: () => Promise<void> }[]} sides
 * @param {{ rounds: number, calls: number, warmup: number }} plan
 */
export async function measure(sides, { rounds, calls, warmup }) {
  // Warm-up runs the same code paths until the JIT settles, and proves every side works.
  for (const side of sides) for (let i = 0; i < warmup; i++) await side.call();
  const wall = sides.map(() => []);
  const cpu = sides.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < sides.length; k++) {
      const index = (round + k) % sides.length;
      const call = sides[index].call;
      const startCpu = process.cpuUsage();
      const start = performance.now();
      for (let i = 0; i < calls; i++) await call();
      const wallMs = performance.now() - start;
      const usedCpu = process.cpuUsage(startCpu);
      wall[index].push((wallMs * 1000) / calls);
      cpu[index].push((usedCpu.user + usedCpu.system) / calls);
    }
  }
  return sides.map((side, index) => ({
    id: side.id,
    name: side.name,
    medianUs: median(wall[index]),
    minUs: Math.min(...wall[index]),
    maxUs: Math.max(...wall[index]),
    cpuMedianUs: median(cpu[index]),
  }));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
