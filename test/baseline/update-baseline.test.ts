import { describe, expect, it } from 'vitest';
import { hashSecret, newBaseline, parseBaseline, serializeBaseline, type Baseline, type BaselineEntry } from '../../src/baseline/baseline.js';
import { coveringPaths, prunable } from '../../src/baseline/prune-scope.js';
import { updateBaseline } from '../../src/baseline/update-baseline.js';
import type { Finding } from '../../src/detect/types.js';

const finding = (file: string, secret: string): Finding => ({
  ruleId: 'r', description: 'd', severity: 'high', file, line: 1, column: 1, endLine: 1, endColumn: 2, secret, match: secret, entropy: 4, validated: null, confidence: 'high', fingerprint: 'f',
});
const entry = (base: Baseline, file: string, secret: string, extra: Partial<BaselineEntry> = {}): BaselineEntry => ({ ruleId: 'r', file, hash: hashSecret(base.salt, secret), status: 'unreviewed', note: '', ...extra });
const all = { mode: 'scan' as const, covers: () => true };

describe('updateBaseline', () => {
  it('records the kind of run that found an entry, and keeps a verdict', () => {
    const base = newBaseline();
    const known = { ...base, entries: [entry(base, 'a', 's1', { status: 'accepted', note: 'ok', from: ['history'] })] };
    const { baseline, added } = updateBaseline(known, [finding('a', 's1'), finding('b', 's2')], { scope: all, prune: false, pruneReviewed: false });
    expect(added).toBe(1);
    expect(baseline.entries).toEqual([
      { ...known.entries[0], from: ['history', 'scan'] },
      entry(base, 'b', 's2', { from: ['scan'] }),
    ]);
  });

  it('prunes only entries its own kind alone found, in its paths, unreviewed unless told', () => {
    const base = newBaseline();
    const entries = [
      entry(base, 'src/a', 's1', { from: ['scan'] }),
      entry(base, 'src/b', 's2', { from: ['history'] }),
      entry(base, 'src/c', 's3', { from: ['history', 'scan'] }),
      entry(base, 'src/d', 's4'),
      entry(base, 'src/e', 's5', { from: ['scan'], status: 'false-positive' }),
      entry(base, 'ops/f', 's6', { from: ['scan'] }),
    ];
    const scope = { mode: 'scan' as const, covers: coveringPaths(['src']) };
    const once = updateBaseline({ ...base, entries }, [], { scope, prune: true, pruneReviewed: false });
    expect(once.pruned).toBe(1);
    expect(once.keptReviewed).toBe(1);
    expect(once.baseline.entries.map((e) => e.file)).toEqual(['src/b', 'src/c', 'src/d', 'src/e', 'ops/f']);
    const twice = updateBaseline(once.baseline, [], { scope, prune: true, pruneReviewed: true });
    expect(twice.baseline.entries.map((e) => e.file)).toEqual(['src/b', 'src/c', 'src/d', 'ops/f']);
  });

  it('coveringPaths: "." covers all; a path covers itself and what is under it, not a sibling with its prefix', () => {
    expect(coveringPaths(['.'])('x/y')).toBe(true);
    const covers = coveringPaths(['src']);
    expect([covers('src'), covers('src/a'), covers('srcx/a'), covers('ops/a')]).toEqual([true, true, false, false]);
    expect(prunable({ ruleId: 'r', file: 'src/a', hash: 'h', status: 'unreviewed', note: '' }, { mode: 'scan', covers })).toBe(false);
  });

  it('the from field round-trips and is validated', () => {
    const base = newBaseline();
    const doc = { ...base, entries: [entry(base, 'a', 's', { from: ['scan'] }), entry(base, 'b', 't')] };
    expect(parseBaseline(serializeBaseline(doc), 'b.json').entries).toEqual(doc.entries);
    const bad = serializeBaseline(doc).replace('"from":["scan"]', '"from":["staged"]');
    expect(() => parseBaseline(bad, 'b.json')).toThrow(/entry #1 has a "from" that is not a list of scan \/ history/);
  });
});
