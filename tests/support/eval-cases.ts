/**
 * Shorthands for self-evaluation rule tests: variants of CLEAN_EVAL, the builder's fixed cells
 * (fund line, 总分 and 评价等级 rows) and the clean tables of both kinds and layouts.
 */
import { toA1 } from '../../src/core/grid/address';
import { CLEAN_EVAL, EVAL_ROWS, EvalIndicator, EvalOptions, evalCell, selfEvaluationTable } from './self-evaluation';
import { RuleCase } from './rule-tester';
import { SheetSpec } from './tables';

export type Layout = 'central' | 'sichuan';
export type Kind = 'project' | 'department';
export const LAYOUTS: readonly Layout[] = ['central', 'sichuan'];
export const KINDS: readonly Kind[] = ['project', 'department'];

/** The builder's default sheet name (year 2022). */
export const SHEET = '2022年度自评';

/** 年度资金总额's cells, the same in both layouts: D 全年预算数 (调整后预算数) | E 执行数 | F 分值 | G 执行率 | H 得分. */
export const FUND = { budget: 'D6', executed: 'E6', weight: 'F6', rate: 'G6', score: 'H6' } as const;

export type IndicatorPatch = Partial<Omit<EvalIndicator, 'sichuan'>> & { sichuan?: Partial<NonNullable<EvalIndicator['sichuan']>> };

/** `base` (CLEAN_EVAL) with indicator i changed; `sichuan` fields merge into its Sichuan columns. */
export function evalWith(i: number, patch: IndicatorPatch, base: EvalIndicator[] = CLEAN_EVAL): EvalIndicator[] {
  return base.map((ind, k) => {
    if (k !== i) return ind;
    const { sichuan, ...rest } = patch;
    return { ...ind, ...rest, sichuan: ind.sichuan && { ...ind.sichuan, ...sichuan } };
  });
}

/** Several patches at once, by index. */
export function evalWithAll(patches: Record<number, IndicatorPatch>, base: EvalIndicator[] = CLEAN_EVAL): EvalIndicator[] {
  return Object.entries(patches).reduce((list, [i, p]) => evalWith(Number(i), p, list), base);
}

/** A cell of the 总分 row (just below the last of `count` indicators). */
export function totalCell(column: 'weight' | 'score', layout: Layout = 'central', count = CLEAN_EVAL.length): string {
  return evalCell(count, column, layout);
}

/** The 评价等级 value cell (column B, the row below 总分). */
export function gradeCell(count = CLEAN_EVAL.length): string {
  return toA1(EVAL_ROWS.firstIndicator + count + 1, 1);
}

/** Every kind × layout of a builder table with the same options. */
export function everyVariant(opts: EvalOptions = {}): { name: string; kind: Kind; layout: Layout; table: SheetSpec }[] {
  return KINDS.flatMap((kind) => LAYOUTS.map((layout) => ({ name: `${kind}, ${layout}`, kind, layout, table: selfEvaluationTable({ ...opts, kind, layout }) })));
}

/** The four clean tables as valid rule cases. */
export function cleanCases(): RuleCase[] {
  return everyVariant().map((v) => ({ name: `clean ${v.name} table`, table: v.table }));
}

/** 不适用 in the builder's columns (Sichuan: no 指标性质, no 度量单位). */
export const NOT_APPLICABLE: IndicatorPatch = { target: '不适用', actual: '不适用', score: 0, sichuan: { comparator: '', value: '不适用', unit: '', actual: '不适用' } };

/**
 * 政策知晓率 (15) 不适用: the other weights rescale by 90 ÷ 75 = 1.2 and are scored on that, typed
 * as 18, 10.8, 12, 6, 11.52, —, 14.4, 12 (+ 9.5 for the budget line = 94.22).
 */
export const RESCALED_NA: EvalIndicator[] = evalWithAll({
  0: { score: 18 },
  1: { score: 10.8 },
  2: { score: 12 },
  3: { score: 6 },
  4: { score: 11.52 },
  5: NOT_APPLICABLE,
  6: { score: 14.4 },
  7: { score: 12 },
});
