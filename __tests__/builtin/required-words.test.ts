import { containsAll, searchable, wordsOfRegex } from '../../src/analyzers/builtin/required-words.js';

const words = (source: string, ignoreCase = false) =>
  wordsOfRegex(source, { ignoreCase, unicode: true })?.words.slice().sort();

describe('the words a regex requires', () => {
  it('takes the longest literal run of a sequence, across groups with a few spellings', () => {
    expect(words('(?<![\\w.])random\\.(random|randint)\\s*\\(')).toEqual(['random.randint', 'random.random']);
    expect(words('[Pp]ass(w(or)?d)?$')).toEqual(['Pass', 'pass']);
    expect(words('^md5_?(hex)?$')).toEqual(['md5']);
    expect(words('x{2}yz')).toEqual(['xxyz']);
  });

  it('needs a word from every branch of an alternation, or none at all', () => {
    expect(words('secret|token|api[-_]?key')).toEqual(['api-key', 'api_key', 'apikey', 'secret', 'token']);
    expect(words('secret|[a-z]+')).toBeUndefined();
    expect(words('secret|')).toBeUndefined();
    expect(words('(secret)?')).toBeUndefined();
    expect(words('(secret)+')).toEqual(['secret']);
  });

  it('lowercases the words of a case-insensitive regex', () => {
    expect(words('\\bSELECT\\b[\\s\\S]*?\\bFROM\\b', true)).toEqual(['select']);
  });

  it('requires nothing of classes, sets, back-references, short words or what does not parse', () => {
    for (const source of ['[a-z]{3}', '\\w+', '.*', '(a)\\1', 'ab|cd', '(unclosed', '[^x]yz']) {
      expect(words(source)).toBeUndefined();
    }
  });

  it('keeps only the shortest of words that contain one another', () => {
    expect(words('pass|password|passwd')).toEqual(['pass']);
  });

  it('tests a text for one word of every set, ignoring case only where asked', () => {
    const text = searchable('cursor.execute("SELECT * FROM users")');
    expect(
      containsAll(
        [
          { words: ['select'], caseless: true },
          { words: ['execute'], caseless: false },
        ],
        text,
      ),
    ).toBe(true);
    expect(containsAll([{ words: ['select'], caseless: false }], text)).toBe(false);
    expect(containsAll([{ words: ['insert', 'FROM'], caseless: false }], text)).toBe(true);
  });
});

describe('a caseless search', () => {
  it('finds what a case-insensitive Unicode regex finds, the long s and the Kelvin sign included', () => {
    const words = wordsOfRegex('secret|key', { ignoreCase: true, unicode: true })!;
    for (const text of ['SECRET = 1', 'ſecret = 1', '\u212aEY = 1']) {
      expect(new RegExp('secret|key', 'iu').test(text)).toBe(true);
      expect(containsAll([words], searchable(text))).toBe(true);
    }
  });
});
