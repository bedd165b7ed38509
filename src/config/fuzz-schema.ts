/** The `fuzz:` key of `.github/aigis.yml`: AFL++ jobs on the C/C++ code a PR touches. */
export interface FuzzConfig {
  /** Time box of each job, seconds; setting it turns fuzzing on. */
  seconds?: number;
  'stop-on-crash'?: boolean;
  'memory-mb'?: number;
  ubsan?: boolean;
  /** Directory (relative to the repository) where crashing inputs are written as files. */
  artifacts?: string;
  /** Harnesses besides the `fuzz/` convention, with the sources they need. */
  harnesses?: { path: string; sources?: string[]; mode?: 'libfuzzer' | 'stdin' | 'file'; seeds?: string[] }[];
}

const globs = { type: 'array', items: { type: 'string', minLength: 1 } };

export const FUZZ_CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    seconds: { type: 'integer', minimum: 0, maximum: 21600 },
    'stop-on-crash': { type: 'boolean' },
    'memory-mb': { type: 'integer', minimum: 64 },
    ubsan: { type: 'boolean' },
    artifacts: { type: 'string', minLength: 1 },
    harnesses: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path'],
        properties: {
          path: { type: 'string', minLength: 1 },
          sources: globs,
          mode: { enum: ['libfuzzer', 'stdin', 'file'] },
          seeds: globs,
        },
      },
    },
  },
} as const;
