/**
 * Sanitizer reports (AddressSanitizer, UndefinedBehaviorSanitizer) as data: the kind, the access,
 * the stacks with repository-relative frames, and the CWEs the kind stands for.
 */

export interface StackFrame {
  function: string;
  /** Repository-relative when the frame is in the repository's code; absent for libc and runtime frames. */
  file?: string;
  line?: number;
  column?: number;
}

export interface SanitizerReport {
  sanitizer: 'address' | 'undefined';
  /** ASan's bug type (`heap-buffer-overflow`, `SEGV`, ...) or UBSan's check (`signed-integer-overflow`). */
  kind: string;
  access?: 'READ' | 'WRITE';
  /** The summary line without the tool name. */
  summary: string;
  /** The stack where the error happened, innermost first. */
  stack: StackFrame[];
  /** Every frame of every stack in the report (allocation and free stacks too). */
  allFrames: StackFrame[];
}

/** Out-of-memory and allocation-size kinds say the harness hit the memory limit: no weakness by itself. */
const RESOURCE_KINDS = new Set([
  'out-of-memory',
  'allocation-size-too-big',
  'rss-limit-exceeded',
  'requested allocation size exceeds maximum supported size',
  'malloc-exceeds-limit',
]);

export function isResourceExhaustion(r: SanitizerReport): boolean {
  return RESOURCE_KINDS.has(r.kind);
}

/** `#3 0x55a4 in name /abs/file.c:10:3`, `#0 0x55a4 in name (/bin+0x12)`, `#5 0x7f (libc.so.6+0x2)`. */
const FRAME = /^\s*#\d+\s+0x[0-9a-fA-F]+\s+(?:in\s+)?(.*?)\s*$/;
const LOCATION = /^(.*?)\s+(\S+?):(\d+)(?::(\d+))?$/;

/** `a/./b/../c` as `a/c`: compilers print paths as they were given. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || (part === '' && out.length > 0)) continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function parseFrame(line: string, relative: (file: string) => string | undefined): StackFrame | undefined {
  const m = FRAME.exec(line);
  if (!m) return undefined;
  const rest = m[1]!;
  const at = LOCATION.exec(rest);
  const file = at ? relative(at[2]!) : undefined;
  if (at && file) {
    return {
      function: at[1]!,
      file,
      line: Number(at[3]),
      ...(at[4] ? { column: Number(at[4]) } : {}),
    };
  }
  const name = (at ? at[1]! : rest).replace(/\s*\(.*$/, '').trim();
  return { function: name.startsWith('(') || name === '' ? '?' : name };
}

/**
 * The first sanitizer report in `text`, or undefined when there is none. `root` is the directory
 * the sources were built in: frames under it are the repository's code.
 */
export function parseSanitizerReport(text: string, root: string): SanitizerReport | undefined {
  const lines = text.split('\n');
  const prefix = normalise(root).replace(/\/?$/, '/');
  const relative = (file: string): string | undefined => {
    const f = normalise(file);
    return f.startsWith(prefix) ? f.slice(prefix.length) : undefined;
  };
  const ubsan = lines.findIndex((l) => /: runtime error: /.test(l));
  const asan = lines.findIndex((l) => /==\d+==ERROR: (AddressSanitizer|LeakSanitizer): /.test(l));
  if (asan < 0 && ubsan < 0) return undefined;

  const stacks: StackFrame[][] = [];
  let current: StackFrame[] | undefined;
  const start = asan >= 0 && (ubsan < 0 || asan < ubsan) ? asan : ubsan;
  for (const line of lines.slice(start + 1)) {
    const frame = parseFrame(line, relative);
    if (frame) {
      if (!current) {
        current = [];
        stacks.push(current);
      }
      current.push(frame);
    } else {
      current = undefined;
      if (/^SUMMARY: /.test(line)) break;
    }
  }
  const stack = stacks[0] ?? [];
  const allFrames = stacks.flat();

  if (start === ubsan) {
    const m = /^(\S+?):(\d+):(\d+): runtime error: (.*)$/.exec(lines[ubsan]!.trim());
    const message = m?.[4] ?? lines[ubsan]!;
    const file = m ? relative(m[1]!) : undefined;
    const site: StackFrame[] = file
      ? [{ function: '', file, line: Number(m![2]), column: Number(m![3]) }]
      : [];
    return {
      sanitizer: 'undefined',
      kind: ubsanKind(message),
      summary: message,
      stack: stack.length > 0 ? stack : site,
      allFrames: allFrames.length > 0 ? allFrames : site,
    };
  }
  const header = lines[asan]!;
  const kindMatch =
    /ERROR: (?:AddressSanitizer|LeakSanitizer): (.+?)(?: on (?:unknown )?address\b.*| \(.*)?$/.exec(header);
  // ASan's SUMMARY line names the bug kind canonically (`allocation-size-too-big`, `double-free`).
  const summaryKind = /^SUMMARY: AddressSanitizer: ([A-Za-z][\w-]*)/m.exec(text)?.[1];
  let kind = (summaryKind ?? kindMatch?.[1] ?? 'unknown').trim();
  if (/^attempting double-free/.test(kind)) kind = 'double-free';
  else if (/^attempting free on address which was not malloc/.test(kind)) kind = 'bad-free';
  else if (/^requested allocation size .* exceeds maximum supported size/.test(kind))
    kind = 'allocation-size-too-big';
  else if (/^allocator is out of memory/.test(kind) || /^out of memory/.test(kind)) kind = 'out-of-memory';
  else if (/^detected memory leaks/.test(kind)) kind = 'memory-leak';
  else if (/^malloc\(\d+\) exceeds limit/.test(kind)) kind = 'malloc-exceeds-limit';
  const access = /\b(READ|WRITE) (?:of size|memory access)/.exec(
    lines.slice(asan, asan + 6).join('\n'),
  )?.[1] as 'READ' | 'WRITE' | undefined;
  const summaryLine = lines.find((l) => l.startsWith('SUMMARY: '));
  const summary = cleanSummary(summaryLine ? summaryLine.replace(/^SUMMARY: \w+: /, '') : header, prefix);
  return {
    sanitizer: 'address',
    kind,
    ...(access ? { access } : {}),
    summary: kind === 'SEGV' && /zero page/.test(text) ? `${summary} (NULL pointer dereference)` : summary,
    stack,
    allFrames,
  };
}

/** The summary without binary offsets, build ids and the build directory: stable and readable. */
function cleanSummary(summary: string, root: string): string {
  return summary
    .replace(/\s*\(BuildId: [0-9a-f]+\)/g, '')
    .replace(/\s*\([^()\s]*\+0x[0-9a-f]+\)/g, '')
    .split(root)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function ubsanKind(message: string): string {
  if (/signed integer overflow/.test(message)) return 'signed-integer-overflow';
  if (/unsigned integer overflow/.test(message)) return 'unsigned-integer-overflow';
  if (/shift exponent|left shift/.test(message)) return 'shift';
  if (/division by zero/.test(message)) return 'division-by-zero';
  if (/null pointer/.test(message)) return 'null-pointer';
  if (/out of bounds/.test(message)) return 'out-of-bounds';
  return 'undefined-behavior';
}

/** CWEs of a sanitizer kind; a write past a buffer is CWE-787, a read past it CWE-125. */
export function cwesOf(r: Pick<SanitizerReport, 'kind' | 'access' | 'summary'>): number[] {
  const oob = r.access === 'READ' ? 125 : 787;
  switch (r.kind) {
    case 'stack-buffer-overflow':
    case 'dynamic-stack-buffer-overflow':
      return [121, oob];
    case 'heap-buffer-overflow':
      return [122, oob];
    case 'global-buffer-overflow':
    case 'container-overflow':
    case 'out-of-bounds':
      return [oob];
    case 'stack-buffer-underflow':
      return [r.access === 'READ' ? 127 : 124];
    case 'heap-use-after-free':
    case 'stack-use-after-scope':
      return [416];
    case 'stack-use-after-return':
      return [562];
    case 'double-free':
      return [415];
    case 'bad-free':
      return [590];
    case 'alloc-dealloc-mismatch':
      return [762];
    case 'SEGV':
      // A wild pointer is not a NULL dereference: only the zero page says NULL.
      return /NULL pointer/.test(r.summary) ? [476] : [119];
    case 'null-pointer':
      return [476];
    case 'stack-overflow':
      return [674];
    case 'signed-integer-overflow':
    case 'unsigned-integer-overflow':
      return [190];
    case 'division-by-zero':
      return [369];
    case 'memory-leak':
      return [401];
    case 'negative-size-param':
    case 'memcpy-param-overlap':
      return [119];
    default:
      return [119];
  }
}

/** The frames in the repository's code, innermost first. */
export function projectFrames(frames: StackFrame[]): (StackFrame & { file: string; line: number })[] {
  return frames.filter((f): f is StackFrame & { file: string; line: number } => !!f.file && !!f.line);
}

/** Crashes with the same kind and the same three innermost project frames are one bug. */
export function crashKey(r: SanitizerReport): string {
  const top = projectFrames(r.stack)
    .slice(0, 3)
    .map((f) => `${f.file}:${f.line}`);
  return [r.kind, ...top].join('|');
}
