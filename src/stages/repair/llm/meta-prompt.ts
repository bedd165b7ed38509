/**
 * Step 1 of the LLM repair (the "meta-prompt"): the model writes the security instructions for this
 * language, framework and CWE, and the repair (step 2) runs under them. The request carries no PR
 * code, only those three facts, so one answer serves every finding with the same key.
 */
import type { LlmMessage } from '../../../core/llm-port.js';
import type { Language } from '../../../core/types.js';
import { cweDefinition } from './cwe-definitions.js';

export interface MetaKey {
  language: Language;
  framework?: string;
  cwes: number[];
}

export function metaKeyOf(key: MetaKey): string {
  return [key.language, key.framework ?? '-', [...key.cwes].sort((a, b) => a - b).join(',')].join('|');
}

export function metaPromptMessages(key: MetaKey): LlmMessage[] {
  const weaknesses = key.cwes.map((c) => {
    const d = cweDefinition(c);
    return d ? `- CWE-${c} ${d.name}: ${d.definition}` : `- CWE-${c}`;
  });
  const where = key.framework
    ? `${LANGUAGE_NAMES[key.language]} code using ${key.framework}`
    : `${LANGUAGE_NAMES[key.language]} code`;
  return [
    {
      role: 'system',
      content:
        'You are an application security engineer who writes short, precise secure-coding instructions for a developer who must repair a vulnerability.',
    },
    {
      role: 'user',
      content: [
        `Write the security instructions a developer must follow to repair this weakness in ${where}:`,
        ...weaknesses,
        '',
        'Give at most 8 numbered, concrete instructions: the safe API or idiom to use in this language and framework, what must not be done, and how to avoid bringing in other weaknesses while repairing (input validation gaps, regular expressions with nested repetition, logging of untrusted values, error messages that expose internals).',
        'Answer with the instructions only.',
      ].join('\n'),
    },
  ];
}

const LANGUAGE_NAMES: Record<Language, string> = {
  python: 'Python',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  tsx: 'TypeScript (TSX)',
  java: 'Java',
  go: 'Go',
  c: 'C',
  cpp: 'C++',
};

export function languageName(language: Language): string {
  return LANGUAGE_NAMES[language];
}

/** Frameworks whose safe idioms differ enough to be worth naming in the instructions, by their imports. */
const FRAMEWORKS: { language: Language[]; name: string; import: RegExp }[] = [
  { language: ['python'], name: 'Django', import: /^\s*(from|import)\s+django\b/m },
  { language: ['python'], name: 'Flask', import: /^\s*(from|import)\s+flask\b/m },
  { language: ['python'], name: 'FastAPI', import: /^\s*(from|import)\s+fastapi\b/m },
  { language: ['python'], name: 'SQLAlchemy', import: /^\s*(from|import)\s+sqlalchemy\b/m },
  {
    language: ['javascript', 'typescript', 'tsx'],
    name: 'Express',
    import: /(require\(|from\s+)['"]express['"]/,
  },
  {
    language: ['javascript', 'typescript', 'tsx'],
    name: 'React',
    import: /(require\(|from\s+)['"]react['"]/,
  },
  {
    language: ['javascript', 'typescript', 'tsx'],
    name: 'Next.js',
    import: /(require\(|from\s+)['"]next(\/[^'"]*)?['"]/,
  },
  { language: ['java'], name: 'Spring', import: /^\s*import\s+org\.springframework\./m },
  { language: ['go'], name: 'Gin', import: /"github\.com\/gin-gonic\/gin"/ },
];

/** The first framework the file imports, if any. */
export function detectFramework(language: Language, text: string): string | undefined {
  return FRAMEWORKS.find((f) => f.language.includes(language) && f.import.test(text))?.name;
}
