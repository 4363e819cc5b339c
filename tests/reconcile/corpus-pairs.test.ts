/**
 * Reconciliation on the pairs of tests/corpus-pairs: the tables pair with the relation expected
 * (found by pairing, not told), and the findings are exactly the expected flags (truncation
 * findings neither required nor forbidden), each naming the other table's cell where expected.
 */
import { reconcileTables } from '../../src/core/reconcile/reconcile';
import { RECONCILE_RULES } from '../../src/core/reconcile/registry';
import { loadPairs, locate, pairProblems } from '../support/corpus-pairs';

const pairs = loadPairs();

test('the pair corpus covers every reconciliation code, with at least one published pair', () => {
  const codes = new Set(pairs.flatMap((p) => p.expected.flags.flatMap((f) => f.codes)));
  expect([...codes].sort()).toEqual(['budget-changed', 'indicator-added', 'indicator-removed', 'projects-sum-mismatch', 'target-below-last-actual', 'target-changed']);
  expect(pairs.some((p) => p.published)).toBe(true);
});

test('every pair is well formed: members exist, cells inside their sheets, codes known', () => {
  const codes = new Set(RECONCILE_RULES.map((r) => r.meta.code));
  expect(pairs.map((p) => [p.id, pairProblems(p, codes)]).filter(([, problems]) => problems.length > 0)).toEqual([]);
});

describe.each(pairs.map((p) => [p.id, p] as const))('%s', (_id, pair) => {
  const members = [pair.reviewed, ...pair.others];
  const tables = members.flatMap((m) => locate(pair, m));
  const report = reconcileTables(tables);
  const found = report.pairs.find((p) => p.relation === pair.relation && p.reviewed.file === pair.reviewed);

  it(`pairs as ${pair.relation}`, () => {
    expect(found).toBeDefined();
    expect(found!.others.map((o) => o.file).sort()).toEqual([...pair.others].sort());
  });

  it('finds exactly the expected flags, each naming the other table', () => {
    const findings = (found?.findings ?? []).map((f) => ({ cell: f.cell, code: f.code, related: f.relatedLocation ? { table: f.relatedLocation.file, cell: f.relatedLocation.cell } : undefined }));
    const tolerated = (f: { cell: string; code: string }): boolean => pair.expected.truncation.some((t) => t.cell === f.cell && t.codes.includes(f.code));
    const expected = pair.expected.flags.map((f) => ({ cell: f.cell, code: f.codes[0], ...(f.related ? { related: f.related } : {}) }));
    const got = findings
      .filter((f) => !tolerated(f) || expected.some((e) => e.cell === f.cell && e.code === f.code))
      .map((f) => ({ cell: f.cell, code: f.code, ...(f.related && expected.some((e) => e.cell === f.cell && e.related) ? { related: f.related } : {}) }));
    // A finding the expectation tolerates through truncation at the same cell is the expected one's twin: keep one.
    const unique = got.filter((g, i) => got.findIndex((x) => x.cell === g.cell && x.code === g.code) === i);
    const sort = <T extends { cell: string; code: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.cell + a.code).localeCompare(b.cell + b.code));
    expect(sort(unique)).toEqual(sort(expected));
  });

  it('leaves the mustNotFlag cells alone', () => {
    const cells = new Set((found?.findings ?? []).map((f) => f.cell));
    expect(pair.expected.mustNotFlag.filter((m) => m.table === pair.reviewed && cells.has(m.cell))).toEqual([]);
  });
});
