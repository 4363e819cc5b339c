import { validateGrid } from '../src/core/validate';
import { CLEAN_INDICATORS, departmentTable, projectTable, toGrid } from './support/tables';

/** A false alarm is as much a bug as a miss: clean tables of both families raise nothing. */
describe('clean tables', () => {
  it.each([
    ['department, legacy', departmentTable(), 'legacy'],
    ['project, legacy', projectTable(), 'legacy'],
    ['department without merges', departmentTable({ merges: false }), 'legacy'],
    ['project without merges', projectTable({ merges: false }), 'legacy'],
    ['department with 一级/二级 on every row', departmentTable({ repeatCategories: true }), 'legacy'],
    ['project with 一级/二级 on every row', projectTable({ repeatCategories: true }), 'legacy'],
    [
      'department in 元, money targets in 元',
      departmentTable({
        unit: '元',
        indicators: CLEAN_INDICATORS.map((i) => (i.name === '商协会人才支持资金' ? { ...i, target: '900,000元' } : i)),
      }),
      'legacy',
    ],
  ] as const)('%s: no findings at all', (_name, spec, profile) => {
    const results = validateGrid(toGrid(spec), { profile });
    expect(results).toHaveLength(1);
    expect(results[0].findings).toEqual([]);
  });

  it('cb2021 table with 成本 as a first level: no findings', () => {
    const spec = departmentTable({
      indicators: [
        { l1: '成本', l2: '经济成本', name: '平台运维成本', target: '≤400万元' },
        { l1: '产出', l2: '数量', name: '展会支持对象数', target: '8家' },
        { l1: '产出', l2: '质量', name: '验收通过率', target: '100%' },
        { l1: '产出', l2: '时效', name: '完成时间', target: '2023年12月前完成' },
        { l1: '效益', l2: '社会效益', name: '政策知晓率', target: '≥80%' },
        { l1: '满意度', l2: '服务对象满意度', name: '企业满意度', target: '≥90%' },
      ],
    });
    expect(validateGrid(toGrid(spec), { profile: 'cb2021' })[0].findings).toEqual([]);
  });

  it('reads the clean department table fully', () => {
    const [{ table }] = validateGrid(toGrid(departmentTable()));
    expect(table.kind).toBe('department-targets');
    expect(table.fiscalYear).toBe(2023);
    expect(table.unit).toBe('万元');
    expect(table.tasks?.tasks.map((t) => t.name.text)).toEqual(['企业人才建设', '综合信息服务平台', '基本支出', '一般管理事务', '劳务派遣']);
    expect(table.tasks?.totalRow?.total?.cell).toBe('E12');
    expect(table.indicators?.indicators).toHaveLength(15);
  });

  it('reads the clean project table’s fund block', () => {
    const [{ table }] = validateGrid(toGrid(projectTable()));
    expect(table.kind).toBe('project-targets');
    expect(table.name?.text).toBe('企业服务综合信息平台运维项目');
    expect(table.funds?.total.amount.cell).toBe('D6');
    expect(table.funds?.parts.map((p) => [p.label.text, p.amount.cell])).toEqual([
      ['其中：财政拨款', 'D7'],
      ['其他资金', 'D8'],
    ]);
    expect(table.goal?.text).toContain('平台');
    expect(table.unit).toBe('万元');
  });
});
