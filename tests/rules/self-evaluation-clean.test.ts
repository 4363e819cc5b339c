import { Grid } from '../../src/core/grid/grid';
import { validateGrid } from '../../src/core/validate';
import { everyVariant, evalWithAll, RESCALED_NA } from '../support/eval-cases';
import { fixtureGrid } from '../support/files';
import { CLEAN_INDICATORS, departmentTable, projectTable, SheetSpec, toGrid } from '../support/tables';

/*
 * A false alarm is as much a bug as a miss. Target-table rules must not misfire on the clean
 * self-evaluation tables, and the seven self-evaluation rules must stay silent on target tables.
 */

const SELF_EVALUATION_CODES = ['rate-mismatch', 'score-mismatch', 'weights-sum', 'score-over-weight', 'missing-deviation-reason', 'actual-unit-mismatch', 'grade-mismatch', 'missing-actual', 'missing-score', 'missing-total-score'];

describe('clean self-evaluation tables, every rule on', () => {
  it.each(everyVariant().map((v) => [v.name, v] as const))('%s: recognised, no findings', (_name, v) => {
    const results = validateGrid(toGrid(v.table));
    expect(results).toHaveLength(1);
    expect(results[0].table.kind).toBe(v.kind === 'project' ? 'project-self-evaluation' : 'department-self-evaluation');
    expect(results[0].findings).toEqual([]);
  });

  it.each(everyVariant({ indicators: RESCALED_NA }).map((v) => [v.name, v] as const))('%s with a 不适用 indicator: no findings', (_name, v) => {
    expect(validateGrid(toGrid(v.table))[0].findings).toEqual([]);
  });

  it.each(everyVariant().map((v) => [v.name, v] as const))('%s, in en-US: no findings', (_name, v) => {
    expect(validateGrid(toGrid(v.table), { lang: 'en-US' })[0].findings).toEqual([]);
  });

  // Rate typed 90%, budget scored 10, 培训人次 weighing 16 with no unit, a missing reason, grade 良.
  it.each(everyVariant({ rate: '90%', budgetScore: 10, grade: '良', indicators: evalWithAll({ 0: { actual: '120人', weight: 16, score: 16, sichuan: { actual: '120人' } }, 1: { reason: '' } }) }).map((v) => [v.name, v] as const))(
    '%s with defects: only the self-evaluation rules speak',
    (_name, v) => {
      const c = v.layout === 'central' ? { actual: 'F12', reason: 'I13', weight: 'G20', score: 'H20' } : { actual: 'H12', reason: 'K13', weight: 'I20', score: 'J20' };
      expect(validateGrid(toGrid(v.table))[0].findings.map((f) => [f.code, f.cell])).toEqual([
        ['rate-mismatch', 'G6'],
        ['score-mismatch', 'H6'],
        ['actual-unit-mismatch', c.actual],
        ['missing-deviation-reason', c.reason],
        ['weights-sum', c.weight],
        ['score-mismatch', c.score],
        ['grade-mismatch', 'B21'],
      ]);
    },
  );
});

describe('target tables raise none of the self-evaluation codes', () => {
  const targetTables: [string, SheetSpec][] = [
    ['department', departmentTable()],
    ['project', projectTable()],
    ['department without merges', departmentTable({ merges: false })],
    ['project at a shifted origin', projectTable({ origin: { row: 3, col: 2 } })],
    ['department with 指标值 and 三级 synonyms', departmentTable({ labels: { 目标值: '指标值', 三级指标: '指标内容' } })],
    ['department in 元', departmentTable({ unit: '元', indicators: CLEAN_INDICATORS.map((i) => (i.name === '商协会人才支持资金' ? { ...i, target: '900,000元' } : i)) })],
  ];

  it.each(targetTables)('%s: no self-evaluation findings under either split, and no findings at all', (_name, spec) => {
    for (const weights of ['10/50/30/10', '20/40/40'] as const) {
      const [result, ...rest] = validateGrid(toGrid(spec), { weights });
      expect(rest).toHaveLength(0);
      expect(result.table.kind).toMatch(/-targets$/);
      expect(result.findings.filter((f) => SELF_EVALUATION_CODES.includes(f.code))).toEqual([]);
      expect(result.findings).toEqual([]);
    }
  });

  describe('the seed table (futian-2022-department-targets.xlsx)', () => {
    let grid: Grid;
    beforeAll(async () => {
      grid = await fixtureGrid();
    });
    it('is a target table and raises no self-evaluation code', () => {
      for (const weights of ['10/50/30/10', '20/40/40'] as const) {
        const results = validateGrid(grid, { weights });
        expect(results).toHaveLength(1);
        expect(results[0].table.kind).toBe('department-targets');
        expect(results[0].findings.filter((f) => SELF_EVALUATION_CODES.includes(f.code))).toEqual([]);
        // Its own defects are still there (tests/fixture.test.ts): 12 findings.
        expect(results[0].findings).toHaveLength(12);
      }
    });
  });
});
