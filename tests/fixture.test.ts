import { Grid } from '../src/core/grid/grid';
import { validateGrid } from '../src/core/validate';
import { fixtureGrid } from './support/files';

/** The shared fixture, with the seed's own defects (DESIGN.md, issue "Must show" 1). */
describe('the seed table (futian-2022-department-targets.xlsx)', () => {
  let results: ReturnType<typeof validateGrid>;
  let grid: Grid;
  beforeAll(async () => {
    grid = await fixtureGrid();
    results = validateGrid(grid);
  });
  const findings = () => results[0].findings;
  const at = (code: string) => findings().filter((f) => f.code === code).map((f) => f.cell);

  it('is recognised as one department table of 2022 in 万元 with 21 tasks and 52 indicators', () => {
    expect(results).toHaveLength(1);
    const t = results[0].table;
    expect(t.kind).toBe('department-targets');
    expect(t.fiscalYear).toBe(2022);
    expect(t.unit).toBe('万元');
    expect(t.tasks?.tasks).toHaveLength(21);
    expect(t.indicators?.indicators).toHaveLength(52);
    expect(t.name?.text).toBe('深圳市福田区投资推广和企业服务中心');
    expect(t.goal?.cell).toBe('B29');
  });

  it('reports the 金额合计 mismatch at E28 and F28 only, with exact expected and actual', () => {
    const totals = findings().filter((f) => f.code === 'total-mismatch');
    expect(totals.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['E28', 44350.01, 44350],
      ['F28', 44350.01, 44350],
    ]);
    expect(totals[0].related).toBe('E7:E27');
    expect(totals[0].fix).toEqual([{ op: 'set-formula', sheet: '2022年度', cell: 'E28', formula: '=SUM(E7:E27)', value: 44350.01 }]);
  });

  it('reports the seed’s target defects at their cells', () => {
    expect(at('unit-mismatch')).toEqual(['G57']);
    expect(at('compound-target')).toEqual(['G33']);
    expect(at('vague-target')).toEqual(['G67', 'G68', 'G72', 'G74', 'G76']);
    expect(at('unknown-category')).toEqual(['C82']);
  });

  it('reports the 课题调研 row’s 2019 report and pasted <p> markup', () => {
    expect(at('stale-year')).toEqual(['B22']);
    expect(at('markup-in-text')).toEqual(['B22']);
    // 福府规[2017]2号 in B13 is a document number, not a year of the table.
    expect(findings().some((f) => f.cell === 'B13')).toBe(false);
  });

  it('raises nothing else: 2 errors, 9 warnings, 1 info', () => {
    const count = (s: string) => findings().filter((f) => f.severity === s).length;
    expect([count('error'), count('warning'), count('info')]).toEqual([2, 9, 1]);
  });

  it('words messages in zh-CN by default and in en-US on request', () => {
    const e28 = (lang?: 'en-US') => validateGrid(grid, { lang })[0].findings.find((f) => f.cell === 'E28')!.message;
    expect(e28()).toBe('金额合计为 44,350.00，各任务之和为 44,350.01（相差 0.01）');
    expect(e28('en-US')).toBe('Column total is 44,350.00 but the tasks add up to 44,350.01 (off by 0.01)');
  });
});
