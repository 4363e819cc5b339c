/**
 * Cases from reviewing the self-evaluation rules: readings of typed rates, grades with remarks,
 * cb2021's 成本 in the split, Sichuan units after words, negative actuals.
 */
import { achievement } from '../../src/core/compute/scoring';
import { parseTarget } from '../../src/core/model/target-value';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { validateGrid } from '../../src/core/validate';
import { CLEAN_EVAL, CLEAN_LINES, EvalIndicator, selfEvaluationTable } from '../support/self-evaluation';
import { toGrid } from '../support/tables';

const findings = (opts: Parameters<typeof selfEvaluationTable>[0], options = {}) =>
  validateGrid(toGrid(selfEvaluationTable(opts)), options)[0].findings.map((f) => ({ code: f.code, cell: f.cell, expected: f.expected, actual: f.actual, fix: f.fix }));

describe('typed execution rates', () => {
  it('reads 95 typed without a percent format as 95%, and offers 95 back, not a fraction', () => {
    const lines = [{ ...CLEAN_LINES[0], executed: 94 }, ...CLEAN_LINES.slice(1).map((l, i) => (i === 0 ? { ...l, executed: 75 } : l))];
    const got = findings({ lines, rate: 95, budgetScore: 9.4 });
    expect(got).toEqual([{ code: 'rate-mismatch', cell: 'G6', expected: 0.94, actual: 0.95, fix: [{ op: 'set-value', sheet: '2022年度自评', cell: 'G6', value: 94 }] }]);
  });

  it('compares at the precision typed: 95.00% is not 95.04%', () => {
    const lines = [{ ...CLEAN_LINES[0], budget: 100, executed: 95.04 }, { ...CLEAN_LINES[1], executed: 76.04 }, CLEAN_LINES[2]];
    expect(findings({ lines, rate: '95.00%', budgetScore: 9.5 }).map((f) => f.code)).toEqual(['rate-mismatch']);
    expect(findings({ lines, rate: '95%', budgetScore: 9.5 })).toEqual([]);
  });

  it('reads a rate above 150% when the cell is formatted as a percentage', () => {
    const lines = [{ ...CLEAN_LINES[0], budget: 100, executed: 160 }, { ...CLEAN_LINES[1], executed: 141 }, CLEAN_LINES[2]];
    expect(findings({ lines, rate: { value: 1.6, format: '0%' }, budgetScore: 10 })).toEqual([]);
  });
});

describe('grades', () => {
  it.each([['优（97.1分）'], ['优秀'], [' 优 ']])('“%s” names 优', (grade) => {
    expect(findings({ grade })).toEqual([]);
  });
});

describe('cb2021 tables', () => {
  it('count 成本, a first level there, under 产出’s share of the split', () => {
    const indicators: EvalIndicator[] = CLEAN_EVAL.map((i) => (i.l2 === '成本' ? { ...i, l1: '成本', l2: '经济成本' } : i));
    expect(findings({ indicators }, { profile: 'cb2021' })).toEqual([]);
  });
});

describe('Sichuan layout', () => {
  it('puts the 度量单位 after numbers only: 不适用 stays 不适用', () => {
    const indicators = CLEAN_EVAL.map((i, k) =>
      k === 5 ? { ...i, target: '不适用', actual: '不适用', score: 0, sichuan: { comparator: '', value: '不适用', unit: '%', actual: '不适用' } } : i,
    );
    const [table] = recognizeSheet(toGrid(selfEvaluationTable({ layout: 'sichuan', indicators })));
    const ind = table.indicators!.indicators[5];
    expect(ind.target.value.kind).toBe('not-applicable');
    expect(ind.evaluation!.actual.value.kind).toBe('not-applicable');
    expect(table.indicators!.indicators[0].target.value).toMatchObject({ kind: 'quantity', comparator: '>=', value: 100, unit: '人次' });
  });
});

describe('negative actual values', () => {
  it.each([
    ['-5人', -5],
    ['－5人', -5],
    ['负5人次', -5],
    ['≥-5', -5],
  ])('%s reads as %d', (text, value) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'quantity', value });
  });

  it('count as 0 against a target', () => {
    expect(achievement(parseTarget('≥100人'), parseTarget('-5人'))).toBe(0);
    expect(achievement(parseTarget('≤10起'), parseTarget('负3起'))).toBe(1);
  });
});
