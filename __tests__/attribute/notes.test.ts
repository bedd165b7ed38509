/** The two note formats aigis reads, and what it refuses. */
import { noteRangeAt, parseAiNote } from '../../src/stages/attribute/notes.js';

describe('parseAiNote', () => {
  it('reads the aigis JSON format', () => {
    const note = parseAiNote(
      JSON.stringify({
        tool: 'Claude Code',
        model: 'opus',
        files: { 'a.py': [[1, 3], [7]] },
        human: { 'a.py': [[2, 2]] },
      }),
    );
    expect(note).toEqual({
      format: 'aigis',
      files: {
        'a.py': [
          { start: 1, end: 3, ai: true, tool: 'Claude Code', model: 'opus' },
          { start: 7, end: 7, ai: true, tool: 'Claude Code', model: 'opus' },
          { start: 2, end: 2, ai: false },
        ],
      },
    });
    if ('error' in note) throw new Error(note.error);
    expect(noteRangeAt(note, 'a.py', 2)?.ai).toBe(false);
    expect(noteRangeAt(note, 'a.py', 3)?.ai).toBe(true);
    expect(noteRangeAt(note, 'a.py', 4)).toBeUndefined();
    expect(noteRangeAt(note, 'b.py', 1)).toBeUndefined();
  });

  it('reads Git AI authorship logs (sessions, legacy prompts, humans, quoted paths)', () => {
    const text = [
      'src/a.py',
      '  s_1::t_2 1-2,5',
      '  h_9 3',
      '"dir with space/b.py"',
      '  abcdef 10-12',
      '---',
      JSON.stringify({
        schema_version: 'authorship/3.0.0',
        sessions: { s_1: { agent_id: { tool: 'cursor', model: 'gpt-5' } } },
        prompts: { abcdef: { agent_id: { tool: 'claude' } } },
      }),
    ].join('\n');
    expect(parseAiNote(text)).toEqual({
      format: 'git-ai',
      files: {
        'src/a.py': [
          { start: 1, end: 2, ai: true, tool: 'cursor', model: 'gpt-5' },
          { start: 5, end: 5, ai: true, tool: 'cursor', model: 'gpt-5' },
          { start: 3, end: 3, ai: false },
        ],
        'dir with space/b.py': [{ start: 10, end: 12, ai: true, tool: 'claude' }],
      },
    });
  });

  it.each([
    ['', /empty/],
    ['{"files": 3}', /"files" is not an object/],
    ['{"tool": "x"}', /no "files"/],
    ['{"files": {"a.py": [[5, 2]]}}', /bad line range 5-2/],
    ['{"files": {"a.py": [["1", 2]]}}', /is not \[start, end\]/],
    ['{not json', /JSON/],
    ['a.py\n  onlykey', /not "<key> <ranges>" under a path/],
    ['a.py\n  key one', /"one" is not a line range/],
    ['a.py\n  key 1\n---\n[1]', /metadata after --- is not a JSON object/],
    ['just some words', /no file in the attestation section/],
  ])('refuses %j', (text, message) => {
    const note = parseAiNote(text);
    expect('error' in note && note.error).toMatch(message);
  });
});
