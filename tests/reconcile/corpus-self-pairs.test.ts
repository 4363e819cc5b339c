/**
 * No false alarm on real layouts: every self-evaluation of the corpus (Anhui, Hebei, Hubei, Sichuan,
 * Chongqing, Guizhou, Fujian …) against the target table it implies — the same indicators, targets
 * and budget, written in the central form — gives no target-changed, indicator-added/-removed or
 * budget-changed; and one target moved in that approval is found at its cell.
 */
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { isSelfEvaluation, PerformanceTable } from '../../src/core/model/table';
import { explicitPair, LocatedTable, locateTables } from '../../src/core/reconcile/pair-tables';
import { reconcilePair } from '../../src/core/reconcile/reconcile';
import { loadCorpus, sheetToGrid } from '../support/corpus';
import { departmentTable, IndicatorSpec, projectTable, toGrid } from '../support/tables';
import { selfEvaluationTable } from '../support/self-evaluation';

/** The corpus's recognised tables with indicators that `keep` keeps, each located in its id's file. */
const corpusTables = (keep: (t: PerformanceTable) => boolean): { id: string; located: LocatedTable }[] =>
  loadCorpus().flatMap((e) =>
    locateTables(`${e.id}.xlsx`, e.table.sheets.map(sheetToGrid))
      .filter((l) => (l.table.indicators?.indicators.length ?? 0) > 0 && keep(l.table))
      .map((located) => ({ id: e.id, located })),
  );

const evaluations = corpusTables((t) => isSelfEvaluation(t.kind));

/** The approved table a self-evaluation implies; `change` rewrites one target. */
function approvalOf(t: PerformanceTable, change?: { index: number; target: string }): LocatedTable {
  const indicators: IndicatorSpec[] = t.indicators!.indicators.map((i, k) => ({
    l1: i.level1.text || '产出指标',
    l2: i.level2.text || '数量指标',
    name: i.name.text,
    target: change?.index === k ? change.target : i.target.value.text,
  }));
  const initial = t.evalFunds?.total.initial?.reading;
  const total = initial?.kind === 'number' ? initial.value * (initial.unit === '元' ? 1e-4 : 1) : 100;
  const common = { year: t.fiscalYear ?? 2022, unit: t.unit === '元' ? '元' : '万元', indicators };
  // A department's approval states its budget through its tasks' 金额合计; a project's in its fund block.
  const spec =
    t.kind === 'department-self-evaluation'
      ? departmentTable({ ...common, tasks: [{ name: '履职保障', content: '年度工作任务', fiscal: total, other: 0 }] })
      : projectTable({ ...common, projectName: t.name?.text || '项目', funds: { total, parts: [['其中：财政拨款', total]] } });
  const [table] = recognizeSheet(toGrid(spec));
  return { file: 'approved.xlsx', sheet: spec.name, table };
}

const PAIR_CODES = ['target-changed', 'indicator-added', 'indicator-removed', 'budget-changed'];

test('the corpus holds self-evaluations of several layouts to try', () => {
  expect(evaluations.length).toBeGreaterThanOrEqual(8);
});

describe.each(evaluations.map((e) => [`${e.id} ${e.located.sheet}`, e] as const))('%s', (_n, { located }) => {
  it('against the approval it implies: nothing to report', () => {
    const pair = explicitPair(located, approvalOf(located.table));
    expect(pair?.relation).toBe('self-evaluation-vs-targets');
    const found = reconcilePair(pair!).findings.filter((f) => PAIR_CODES.includes(f.code));
    expect(found.map((f) => `${f.cell} ${f.code} ${f.message}`)).toEqual([]);
  });

  it('one approved target moved: target-changed at that indicator', () => {
    const indicators = located.table.indicators!.indicators;
    const index = indicators.findIndex((i) => i.target.value.kind === 'quantity' && i.name.text !== '');
    if (index < 0) return expect(indicators.every((i) => i.target.value.kind !== 'quantity' || i.name.text === '')).toBe(true);
    const moved = '≥12345件';
    const pair = explicitPair(located, approvalOf(located.table, { index, target: moved }))!;
    const changed = reconcilePair(pair).findings.filter((f) => f.code === 'target-changed');
    expect(changed.map((f) => f.cell)).toEqual([indicators[index].target.cell]);
  });
});

/** Every target table of the corpus, against last year's self-evaluation that achieved exactly its targets. */
const targetTables = corpusTables((t) => !isSelfEvaluation(t.kind) && t.fiscalYear !== null);

function lastYear(t: PerformanceTable, better?: { index: number; actual: string }): LocatedTable {
  const indicators = t.indicators!.indicators.map((i, k) => ({
    l1: i.level1.text || '产出指标',
    l2: i.level2.text || '数量指标',
    name: i.name.text,
    target: i.target.value.text,
    actual: better?.index === k ? better.actual : i.target.value.text,
    weight: 10,
    score: 10,
  }));
  const spec = selfEvaluationTable({ kind: t.kind === 'department-targets' ? 'department' : 'project', year: t.fiscalYear! - 1, indicators });
  const [table] = recognizeSheet(toGrid(spec));
  return { file: 'last-year.xlsx', sheet: spec.name, table };
}

test('the corpus holds target tables of several layouts to try, most with a floor target in a unit', () => {
  expect(targetTables.length).toBeGreaterThanOrEqual(8);
  const withFloor = targetTables.filter(({ located }) =>
    located.table.indicators!.indicators.some((i) => i.target.value.kind === 'quantity' && (i.target.value.comparator === '>=' || i.target.value.comparator === '>') && i.target.value.unit !== null),
  );
  expect(withFloor.length).toBeGreaterThanOrEqual(5);
});

describe.each(targetTables.map((e) => [`${e.id} ${e.located.sheet}`, e] as const))('%s against last year', (_n, { located }) => {
  it('last year achieved exactly these targets: none is below it', () => {
    const pair = explicitPair(located, lastYear(located.table));
    expect(pair?.relation).toBe('targets-vs-last-year');
    expect(reconcilePair(pair!).findings.filter((f) => f.code === 'target-below-last-actual').map((f) => `${f.cell} ${f.message}`)).toEqual([]);
  });

  it('last year did better on a floor target: that target is flagged', () => {
    const indicators = located.table.indicators!.indicators;
    const index = indicators.findIndex((i) => {
      const v = i.target.value;
      return v.kind === 'quantity' && (v.comparator === '>=' || v.comparator === '>') && v.unit !== null && v.value > 0 && i.name.text !== '';
    });
    if (index < 0) return;
    const v = indicators[index].target.value;
    if (v.kind !== 'quantity') return;
    const pair = explicitPair(located, lastYear(located.table, { index, actual: `${v.value * 2}${v.unit}` }))!;
    expect(reconcilePair(pair).findings.filter((f) => f.code === 'target-below-last-actual').map((f) => f.cell)).toEqual([indicators[index].target.cell]);
  });
});
