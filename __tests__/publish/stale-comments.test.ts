import type { ExistingComment } from '../../src/core/github-port.js';
import { planReviewComments } from '../../src/publish/review-comments.js';
import { planStaleComments } from '../../src/publish/stale-comments.js';
import { finding, files } from './factory.js';

const BOT = 'github-actions[bot]';
const marker = (fp: string) => `<!-- aigis:finding:${fp} -->\n🟠 **aigis: high severity 8.8**`;

describe('planStaleComments', () => {
  const existing: ExistingComment[] = [
    { id: 1, author: BOT, body: marker('aaa'), path: 'src/app.py', line: 5 },
    { id: 2, author: BOT, body: marker('bbb'), path: 'src/app.py', line: 6 },
    { id: 3, author: BOT, body: marker('ccc'), path: 'src/app.py', line: 23 },
    { id: 4, author: 'alice', body: 'This is a false positive, see the caller.', inReplyTo: 3 },
    // A person quoting a bot comment copies its marker: not the bot's to delete.
    { id: 5, author: 'bob', body: `> ${marker('ddd')}\n\nAgreed`, path: 'src/app.py', line: 2 },
    // The bot's own comment without a marker (another workflow): left alone.
    { id: 6, author: BOT, body: 'Deploy preview ready', path: 'src/app.py', line: 1 },
  ];

  test('gone findings are deleted unless replied to; current ones are marked as commented', () => {
    const plan = planStaleComments(existing, ['aaa'], BOT);
    expect(plan.delete).toEqual([2]);
    expect(plan.keptForReplies).toEqual([3]);
    expect([...plan.commented]).toEqual(['aaa']);
  });

  test('the login compares without case; without a login the marker alone decides', () => {
    expect(planStaleComments(existing, ['aaa'], 'GitHub-Actions[bot]').delete).toEqual([2]);
    // Without the login, the quoted marker of id 5 reads as the bot's; replies never do.
    expect(planStaleComments(existing, ['aaa'], undefined).delete).toEqual([2, 5]);
    expect(planStaleComments(existing, ['aaa', 'bbb', 'ccc'], BOT)).toEqual({
      delete: [],
      keptForReplies: [],
      commented: new Set(['aaa', 'bbb', 'ccc']),
    });
  });

  test('duplicate comments for one finding: the first (or the replied one) stays, the other copies go', () => {
    const dupes: ExistingComment[] = [
      { id: 12, author: BOT, body: marker('aaa') },
      { id: 10, author: BOT, body: marker('aaa') },
      { id: 11, author: BOT, body: marker('aaa') },
      { id: 20, author: 'carol', body: 'why?', inReplyTo: 11 },
    ];
    expect(planStaleComments(dupes, ['aaa'], BOT).delete).toEqual([10, 12]);
    expect(planStaleComments(dupes.slice(0, 3), ['aaa'], BOT).delete).toEqual([11, 12]);
  });

  test('a re-run does not post a finding again, and deletes the comment once the finding is fixed', () => {
    const a = finding({ line: 5 });
    const b = finding({ line: 23 });
    const first = planReviewComments([a, b], files());
    expect(first.comments).toHaveLength(2);

    // What GitHub lists after the first run posted its review.
    const posted: ExistingComment[] = first.comments.map((c, i) => ({
      id: 100 + i,
      author: BOT,
      body: c.comment.body,
      path: c.comment.path,
      line: c.comment.line,
    }));

    const stale = planStaleComments(posted, [a.fingerprint, b.fingerprint], BOT);
    expect(stale.delete).toEqual([]);
    const second = planReviewComments([a, b], files(), { alreadyCommented: stale.commented });
    expect(second.comments).toEqual([]);
    expect(second.reviews).toEqual([]);
    expect(second.alreadyCommented.map((f) => f.id).sort()).toEqual([a.id, b.id].sort());

    // b is fixed in a later push: its comment goes, a's stays and is not re-posted.
    const third = planStaleComments(posted, [a.fingerprint], BOT);
    const bComment = posted.find((c) => c.body.includes(b.fingerprint))!;
    expect(third.delete).toEqual([bComment.id]);
    expect(planReviewComments([a], files(), { alreadyCommented: third.commented }).comments).toEqual([]);
  });
});
