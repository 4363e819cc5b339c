/**
 * Table-driven tests for reconciliation rules, as rule-tester does for single tables: each case
 * names its reviewed table and the others, and the findings expected of one rule, in sheet order.
 */
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { LocatedTable, pairTables } from '../../src/core/reconcile/pair-tables';
import { reconcilePair, ReconcileFinding } from '../../src/core/reconcile/reconcile';
import { ReconcileRule } from '../../src/core/reconcile/rule';
import { Lang } from '../../src/core/rules/rule';
import { evalCell, EvalIndicator, selfEvaluationTable, CLEAN_EVAL } from './self-evaluation';
import { IndicatorSpec, projectTable, SheetSpec, toGrid } from './tables';

export interface PairCase {
  name: string;
  reviewed: SheetSpec;
  others: SheetSpec[];
}

export interface InvalidPairCase extends PairCase {
  /** cell, a part of the message, and the other table's cell where the finding names one. */
  findings: { cell: string; message?: string; related?: string }[];
}

export function locateSpec(spec: SheetSpec, file: string): LocatedTable {
  const [table] = recognizeSheet(toGrid(spec));
  if (!table) throw new Error(`${file}: no table recognised`);
  return { file, sheet: spec.name, table };
}

/** The rule's findings on the pair the tables form when paired as a folder would be. */
export function runPair(rule: ReconcileRule, c: PairCase, lang: Lang = 'zh-CN'): ReconcileFinding[] {
  const reviewed = locateSpec(c.reviewed, 'reviewed.xlsx');
  const others = c.others.map((s, i) => locateSpec(s, `other${i + 1}.xlsx`));
  const pair = pairTables([reviewed, ...others]).pairs.find((p) => p.reviewed === reviewed && rule.meta.relations.includes(p.relation));
  if (!pair) throw new Error(`${c.name}: the tables did not pair for ${rule.meta.code}`);
  const off = Object.fromEntries(['target-changed', 'indicator-added', 'indicator-removed', 'indicator-ambiguous', 'budget-changed', 'target-below-last-actual', 'projects-sum-mismatch'].filter((code) => code !== rule.meta.code).map((code) => [code, false]));
  return reconcilePair(pair, { lang, rules: off }).findings;
}

export function testPairRule(rule: ReconcileRule, cases: { valid: PairCase[]; invalid: InvalidPairCase[] }): void {
  describe(rule.meta.code, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
      expect(runPair(rule, c).map((f) => `${f.cell} ${f.message}`)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
      const found = runPair(rule, c);
      expect(found.map((f) => f.cell)).toEqual(c.findings.map((f) => f.cell));
      found.forEach((f, i) => {
        expect(f.code).toBe(rule.meta.code);
        expect(f.severity).toBe(rule.meta.severity);
        if (c.findings[i].message) expect(f.message).toContain(c.findings[i].message);
        if (c.findings[i].related) expect(f.relatedLocation?.cell).toBe(c.findings[i].related);
        if (f.relatedLocation) expect(f.related).toBe(`'[${f.relatedLocation.file}]${f.relatedLocation.sheet}'!${f.relatedLocation.cell}`);
      });
    });
  });
}

/** The approved target table a clean self-evaluation scores: its indicators and targets, its budget. */
export function approvedFor(indicators: readonly EvalIndicator[] = CLEAN_EVAL, opts: { name?: string; year?: number; total?: number } = {}): SheetSpec {
  const specs: IndicatorSpec[] = indicators.map((i) => ({ l1: `${i.l1}指标`, l2: `${i.l2}指标`, name: i.name, target: i.target }));
  return projectTable({
    projectName: opts.name ?? '企业人才培训项目',
    year: opts.year ?? 2022,
    funds: { total: opts.total ?? 100, parts: [['其中：财政拨款', (opts.total ?? 100) - 20], ['其他资金', 20]] },
    indicators: specs,
  });
}

export { evalCell, selfEvaluationTable, CLEAN_EVAL };
