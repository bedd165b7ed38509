/** AFL++'s `fuzzer_stats` and llvm-cov's lcov export, as data. */

export interface FuzzStats {
  execsPerSec: number;
  execsDone: number;
  edgesFound: number;
  totalEdges: number;
  runTimeSec: number;
  savedCrashes: number;
  savedHangs: number;
  corpusCount: number;
  stability?: number;
}

export function parseFuzzerStats(text: string): FuzzStats {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([a-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (m) values[m[1]!] = m[2]!;
  }
  const num = (key: string): number => {
    const n = Number.parseFloat(values[key] ?? '');
    return Number.isFinite(n) ? n : 0;
  };
  const stability = Number.parseFloat(values.stability ?? '');
  return {
    execsPerSec: num('execs_per_sec'),
    execsDone: num('execs_done'),
    edgesFound: num('edges_found'),
    totalEdges: num('total_edges'),
    runTimeSec: num('run_time'),
    // 4.x says saved_crashes; 3.x and older unique_crashes.
    savedCrashes: values.saved_crashes !== undefined ? num('saved_crashes') : num('unique_crashes'),
    savedHangs: values.saved_hangs !== undefined ? num('saved_hangs') : num('unique_hangs'),
    corpusCount: num('corpus_count'),
    ...(Number.isFinite(stability) ? { stability } : {}),
  };
}

/** file -> line -> hits, for the lines the coverage build instrumented. */
export type LineHits = Record<string, Record<number, number>>;

/** lcov `SF:`/`DA:` records; files outside `root` (the driver, system headers) are dropped. */
export function parseLcov(text: string, root: string): LineHits {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const out: LineHits = {};
  let current: Record<number, number> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('SF:')) {
      const file = line.slice(3);
      current = file.startsWith(prefix) ? (out[file.slice(prefix.length)] ??= {}) : undefined;
    } else if (line.startsWith('DA:') && current) {
      const [l, hits] = line.slice(3).split(',');
      const n = Number(l);
      const h = Number(hits);
      if (Number.isInteger(n) && Number.isFinite(h)) current[n] = (current[n] ?? 0) + h;
    } else if (line === 'end_of_record') current = undefined;
  }
  return out;
}

/** AFL++ names each crash `id:000000,sig:06,...,time:106,...`: `time` is ms since the job started. */
export function crashTimeMs(name: string): number | undefined {
  const m = /(?:^|,)time:(\d+)/.exec(name);
  return m ? Number(m[1]) : undefined;
}
