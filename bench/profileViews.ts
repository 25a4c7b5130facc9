// Two more views of a V8 CPU profile than self time per function, for finding what to speed up:
// inclusive time per function (a function with little self time may call the costly work) and the
// hottest lines of the bundle (V8's positionTicks), each with the source file the line comes from.
import * as fs from 'node:fs';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

/** Share of samples under each function name (a recursive function counted once per sample). */
export function inclusiveShares(nodes: ProfileNode[], samples: number[]): [string, number][] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const samplesAt = new Map<number, number>();
  for (const s of samples) samplesAt.set(s, (samplesAt.get(s) ?? 0) + 1);
  const under = new Map<string, number>();
  for (const [id, count] of samplesAt) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const name = byId.get(at)?.callFrame.functionName || '(anonymous)';
      if (seen.has(name)) continue;
      seen.add(name);
      under.set(name, (under.get(name) ?? 0) + count);
    }
  }
  const total = Math.max(1, samples.length);
  return [...under.entries()].map(([name, n]): [string, number] => [name, n / total]).sort((a, b) => b[1] - a[1]);
}

/** Share of samples on each line of the bundle (1-based), with the line's text, hottest first. */
export function hottestLines(nodes: ProfileNode[], samples: number, bundlePath: string): { line: number; share: number; text: string }[] {
  const bundleName = bundlePath.split('/').pop() ?? bundlePath;
  const ticks = new Map<number, number>();
  for (const n of nodes) {
    if (!n.callFrame.url.endsWith(bundleName)) continue;
    for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
  }
  const source = fs.readFileSync(bundlePath, 'utf8').split('\n');
  return [...ticks.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([line, n]) => ({ line, share: n / Math.max(1, samples), text: (source[line - 1] ?? '').trim() }));
}
