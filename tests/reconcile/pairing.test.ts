/** Pairing: names near and far, ambiguous candidates never guessed, tables by kind, name and year. */
import { nearNames, pairIndicators } from '../../src/core/reconcile/pair-indicators';
import { Indicator, PerformanceTable } from '../../src/core/model/table';
import { explicitPair, LocatedTable, pairTables } from '../../src/core/reconcile/pair-tables';
import { comparableName, NameIndex, NEAR, nameSimilarity, TABLE_NEAR } from '../../src/core/reconcile/similarity';
import fc from 'fast-check';
import { evalWith } from '../support/eval-cases';
import { approvedFor, CLEAN_EVAL, locateSpec, selfEvaluationTable } from '../support/reconcile-tester';
import { departmentTable, projectTable } from '../support/tables';

describe('NameIndex: the names that may be near, found by their characters', () => {
  // Names made of few characters, numbers and notes, so that many are near one another, some contain others, and some sit at the floor.
  const name = fc
    .array(fc.constantFrom('企业', '人才', '培训', '项目', '道路', '养护', '经费', '县', '（续建）', '第3', '第4', '二期', '满意度', ' ', '2023年'), { minLength: 0, maxLength: 6 })
    .map((parts) => parts.join(''));

  it('finds every name as near as the floor (nameSimilarity deciding), in order', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 40 }), name, fc.constantFrom(TABLE_NEAR, NEAR, 0.76, 0.9), (names, own, floor) => {
        const found = new NameIndex(names).mayReach(own, floor);
        const near = names.flatMap((n, i) => (nameSimilarity(own, n) >= floor ? [i] : []));
        expect(found.filter((i) => near.includes(i))).toEqual(near);
        expect([...found].sort((a, b) => a - b)).toEqual(found);
      }),
      { numRuns: 400 },
    );
  });

  it('leaves out names that share too little or whose numbers differ', () => {
    const index = new NameIndex(['企业人才培训项目', '道路养护项目', '第3项企业人才培训', '第4项企业人才培训', '', '人才培训']);
    expect(index.mayReach('企业人才培训项目（续建）', TABLE_NEAR)).toEqual([0, 5]);
    expect(index.mayReach('第3项企业人才培训', TABLE_NEAR)).toEqual([2]);
    expect(index.mayReach('', TABLE_NEAR)).toEqual([4]);
  });
});

describe('nameSimilarity', () => {
  it.each([
    ['雾炮车降尘抑尘服务', '雾炮车抑尘降尘服务'],
    ['市民满意度', '满意度'],
    ['培训人次', '培训总人次'],
    ['2023年企业人才培训项目', '2024年企业人才培训项目'],
    ['中共宁德市委党史和地方志研究室', '中共宁德市委党史和地方志研究室 901001033'],
    ['企业人才培训项目（续建）', '企业人才培训项目'],
  ])('%s ~ %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(NEAR);
  });
  it.each([
    ['第3项指标', '第4项指标'],
    ['培训人次', '政策知晓率'],
    ['资料发放数量', '设备采购数量'],
    ['第一中学改造项目', '第二中学改造项目'],
    ['培训合格率', '培训覆盖率'],
    ['一期工程', '二期工程'],
  ])('%s ≁ %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(NEAR);
  });
  it('table names pair only when nearer than indicator names need to be', () => {
    // Half the characters shared is another project; words swapped or one added is the same one.
    expect(nameSimilarity('农村公路养护项目', '城市道路养护项目')).toBeLessThan(TABLE_NEAR);
    expect(nameSimilarity('雾炮车降尘抑尘服务', '雾炮车抑尘降尘服务')).toBeGreaterThanOrEqual(TABLE_NEAR);
    expect(nameSimilarity('统一战线工作经费', '统一战线工作专项经费')).toBeGreaterThanOrEqual(TABLE_NEAR);
  });
  it('compares names without spaces, full-width forms, years or bracketed notes', () => {
    expect(comparableName(' ２０２３年 企业人才培训项目（续建） ')).toBe('企业人才培训项目');
    expect(nameSimilarity('企业人才培训项目', '企业人才培训项目')).toBe(1);
  });
});

const evaluationIndicators = (indicators = CLEAN_EVAL) => locateSpec(selfEvaluationTable({ indicators }), 'e.xlsx').table.indicators!.indicators;
const approvedIndicators = (indicators = CLEAN_EVAL) => locateSpec(approvedFor(indicators), 'a.xlsx').table.indicators!.indicators;

describe('pairTables among many tables of one name', () => {
  // A county's departments each with a 办公经费 project: the 主管部门 tells them apart.
  const cn = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  const owner = (i: number): string => `${cn[i % 22]}${cn[Math.floor(i / 22) % 22]}县${['教育局', '财政局', '水利局'][i % 3]}`;
  const located = (kind: PerformanceTable['kind'], i: number, supervisor: string): LocatedTable => ({
    file: `${kind}.xlsx`,
    sheet: `表${i}`,
    table: { kind, sheet: `表${i}`, range: 'A1:H20', firstRow: 0, lastRow: 19, fiscalYear: 2023, unit: '万元', name: { text: '办公经费', cell: 'B3' }, supervisor: { text: supervisor, cell: 'B4' }, forEachText: () => undefined },
  });

  it.each([10, 150])('%i of each: every self-evaluation with the targets of its own 主管部门, one named by none ambiguous', (n) => {
    const targets = Array.from({ length: n }, (_, i) => located('project-targets', i, owner(i)));
    const evaluations = Array.from({ length: n }, (_, i) => located('project-self-evaluation', i, owner(n - 1 - i)));
    const stranger = located('project-self-evaluation', n, '某某单位');
    const { pairs, ambiguous } = pairTables([...targets, ...evaluations, stranger]);
    const approved = pairs.filter((p) => p.relation === 'self-evaluation-vs-targets');
    expect(approved.map((p) => [p.reviewed.table.supervisor!.text, p.others[0].table.supervisor!.text])).toEqual(evaluations.map((e) => [e.table.supervisor!.text, e.table.supervisor!.text]));
    expect(ambiguous.map((a) => [a.table.sheet, a.candidates.length])).toEqual([[`表${n}`, n]]);
  });
});

describe('nearNames: the indicators whose names may be near, by numbers and, among many, by characters', () => {
  const words = ['培训', '人次', '合格', '覆盖', '满意', '道路', '养护', '完成', '及时', '第3', '（续）', '率'];
  const name = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((w) => w.join(''));
  const indicator = (text: string, row: number) => ({ row, name: { text, cell: `C${row}` } }) as unknown as Indicator;

  it('finds every indicator as near as the floor, in list order, in small groups and large', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(name, { minLength: 1, maxLength: 20 }), fc.array(name, { minLength: 80, maxLength: 150 })), name, fc.constantFrom(NEAR, 0.6, 0.8), (names, own, floor) => {
        const list = names.map((n, i) => indicator(n, i + 1));
        const found = nearNames(list, (i) => i.name.text)(own, floor);
        const near = list.filter((i) => nameSimilarity(own, i.name.text) >= floor);
        expect(found.filter((i) => near.includes(i))).toEqual(near);
        expect(found.map((i) => i.row)).toEqual([...found.map((i) => i.row)].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('pairIndicators', () => {
  it('pairs the same names with confidence 1, categories written 产出 or 产出指标', () => {
    const r = pairIndicators(evaluationIndicators(), approvedIndicators());
    expect(r.pairs.map((p) => [p.reviewed.name.text, p.other.name.text, p.confidence])).toEqual(CLEAN_EVAL.map((i) => [i.name, i.name, 1]));
    expect([r.added, r.removed, r.ambiguous]).toEqual([[], [], []]);
  });

  it('pairs a renamed indicator with its confidence', () => {
    const r = pairIndicators(evaluationIndicators(evalWith(0, { name: '培训总人次' })), approvedIndicators());
    const renamed = r.pairs.find((p) => p.reviewed.name.text === '培训总人次')!;
    expect(renamed.other.name.text).toBe('培训人次');
    expect(renamed.confidence).toBeGreaterThan(NEAR);
    expect(renamed.confidence).toBeLessThan(1);
  });

  it('reports a name as near to two candidates as ambiguous, and pairs neither', () => {
    const r = pairIndicators(evaluationIndicators(evalWith(7, { name: '满意度' })), approvedIndicators([...CLEAN_EVAL, { ...CLEAN_EVAL[7], name: '企业满意度' }]));
    expect(r.ambiguous.map((a) => [a.reviewed.name.text, a.candidates.map((c) => c.name.text)])).toEqual([['满意度', ['学员满意度', '企业满意度']]]);
    expect(r.pairs.some((p) => p.reviewed.name.text === '满意度')).toBe(false);
    expect([r.added, r.removed]).toEqual([[], []]);
  });

  it('does not pair near names across 一级 (产出 vs 效益), only the same name', () => {
    const r = pairIndicators(
      evaluationIndicators(evalWith(5, { name: '培训人次覆盖' })),
      approvedIndicators(evalWith(5, { l1: '效益', name: '政策知晓率' })),
    );
    expect(r.added.map((i) => i.name.text)).toEqual(['培训人次覆盖']);
    expect(r.removed.map((i) => i.name.text)).toEqual(['政策知晓率']);
  });

  it('keeps numbered indicators apart: 第3项 is not 第4项', () => {
    const r = pairIndicators(evaluationIndicators(evalWith(0, { name: '第3项培训' })), approvedIndicators(evalWith(0, { name: '第4项培训' })));
    expect(r.added.map((i) => i.name.text)).toEqual(['第3项培训']);
    expect(r.removed.map((i) => i.name.text)).toEqual(['第4项培训']);
  });
});

describe('pairTables', () => {
  const e22 = locateSpec(selfEvaluationTable({ year: 2022, name: '企业人才培训项目' }), 'eval-2022.xlsx');
  const t22 = locateSpec(approvedFor(CLEAN_EVAL, { year: 2022, name: '企业人才培训项目' }), 'targets-2022.xlsx');
  const t23 = locateSpec(approvedFor(CLEAN_EVAL, { year: 2023, name: '2023年企业人才培训项目' }), 'targets-2023.xlsx');
  const other = locateSpec(approvedFor(CLEAN_EVAL, { year: 2022, name: '道路养护项目' }), 'roads.xlsx');

  it('pairs a self-evaluation with its year’s targets, and next year’s targets with it', () => {
    const r = pairTables([e22, t22, t23, other]);
    expect(r.pairs.map((p) => [p.relation, p.reviewed.file, p.others.map((o) => o.file)])).toEqual([
      ['self-evaluation-vs-targets', 'eval-2022.xlsx', ['targets-2022.xlsx']],
      ['targets-vs-last-year', 'targets-2023.xlsx', ['eval-2022.xlsx']],
    ]);
    expect(r.unpaired.map((t) => t.file)).toEqual(['roads.xlsx']);
  });

  it('falls back to last year’s target table when there is no self-evaluation', () => {
    const r = pairTables([t22, t23]);
    expect(r.pairs.map((p) => [p.relation, p.reviewed.file, p.others[0].file])).toEqual([['targets-vs-last-year', 'targets-2023.xlsx', 'targets-2022.xlsx']]);
  });

  it('does not pair another project that shares half its name (农村公路养护 / 城市道路养护)', () => {
    const rural = locateSpec(selfEvaluationTable({ year: 2022, name: '农村公路养护项目' }), 'rural.xlsx');
    const city = locateSpec(approvedFor(CLEAN_EVAL, { year: 2022, name: '城市道路养护项目' }), 'city.xlsx');
    const r = pairTables([rural, city]);
    expect(r.pairs).toEqual([]);
    expect(r.unpaired.map((t) => t.file).sort()).toEqual(['city.xlsx', 'rural.xlsx']);
  });

  it('pairs renamed tables (words swapped) and says how sure', () => {
    const swapped = locateSpec(approvedFor(CLEAN_EVAL, { year: 2022, name: '人才企业培训项目' }), 'swapped.xlsx');
    const [pair] = pairTables([e22, swapped]).pairs;
    expect(pair.others[0].file).toBe('swapped.xlsx');
    expect(pair.confidence).toBeGreaterThanOrEqual(NEAR);
    expect(pair.confidence).toBeLessThan(1);
  });

  it('reports two candidates as near as each other as ambiguous, and pairs neither', () => {
    const a = locateSpec(approvedFor(CLEAN_EVAL, { year: 2022, name: '企业人才培训项目（一期）' }), 'a.xlsx');
    const b = locateSpec(approvedFor(CLEAN_EVAL, { year: 2022, name: '企业人才培训项目（二期）' }), 'b.xlsx');
    const r = pairTables([e22, a, b]);
    expect(r.pairs.filter((p) => p.relation === 'self-evaluation-vs-targets')).toEqual([]);
    expect(r.ambiguous.map((x) => [x.relation, x.table.file, x.candidates.map((c) => c.file).sort()])).toEqual([['self-evaluation-vs-targets', 'eval-2022.xlsx', ['a.xlsx', 'b.xlsx']]]);
    // Listed as ambiguous, not again as unpaired; its candidates, in no pair, are unpaired.
    expect(r.unpaired.map((t) => t.file).sort()).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('of several same-named projects, pairs the one of the same 主管部门', () => {
    const withOwner = (spec: ReturnType<typeof approvedFor>, owner: string, file: string) => {
      const located = locateSpec(spec, file);
      located.table.supervisor = { text: owner, cell: 'B5' };
      return located;
    };
    const evaluation = withOwner(selfEvaluationTable({ year: 2022, name: '办公经费' }), '区教育局', 'eval.xlsx');
    const education = withOwner(approvedFor(CLEAN_EVAL, { year: 2022, name: '办公经费' }), '区教育局', 'education.xlsx');
    const health = withOwner(approvedFor(CLEAN_EVAL, { year: 2022, name: '办公经费' }), '区卫生健康局', 'health.xlsx');
    const r = pairTables([evaluation, health, education]);
    expect(r.pairs.filter((p) => p.relation === 'self-evaluation-vs-targets').map((p) => p.others[0].file)).toEqual(['education.xlsx']);
    expect(r.ambiguous).toEqual([]);
    // Without owners to tell them apart, the two are ambiguous.
    const bare = pairTables([locateSpec(selfEvaluationTable({ year: 2022, name: '办公经费' }), 'e.xlsx'), locateSpec(approvedFor(CLEAN_EVAL, { year: 2022, name: '办公经费' }), 'a.xlsx'), locateSpec(approvedFor(CLEAN_EVAL, { year: 2022, name: '办公经费' }), 'b.xlsx')]);
    expect(bare.ambiguous.map((a) => a.candidates.length)).toEqual([2]);
  });

  it('pairs a department with the project tables whose 主管部门 it is', () => {
    const dept = locateSpec(departmentTable(), 'dept.xlsx');
    const p1 = locateSpec(projectTable({ projectName: '综合信息服务平台' }), 'p1.xlsx');
    const p2 = locateSpec(projectTable({ projectName: '企业人才建设' }), 'p2.xlsx');
    const r = pairTables([dept, p1, p2]);
    expect(r.pairs.map((p) => [p.relation, p.reviewed.file, p.others.map((o) => o.file)])).toEqual([['projects-vs-department', 'dept.xlsx', ['p1.xlsx', 'p2.xlsx']]]);
  });

  it('pairs each of many departments with its own projects only, in list order, and none with a project naming no 主管部门', () => {
    const cn = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
    const name = (i: number): string => `${cn[i % 22]}${cn[Math.floor(i / 22) % 22]}县教育局`;
    const table = (kind: PerformanceTable['kind'], sheet: string, own: string, supervisor?: string): LocatedTable => ({
      file: 'batch.xlsx',
      sheet,
      table: { kind, sheet, range: 'A1:H20', firstRow: 0, lastRow: 19, fiscalYear: 2023, unit: '万元', name: { text: own, cell: 'B3' }, supervisor: supervisor === undefined ? undefined : { text: supervisor, cell: 'B4' }, forEachText: () => undefined },
    });
    const departments = Array.from({ length: 80 }, (_, i) => table('department-targets', `部门${i}`, name(i)));
    const projects = Array.from({ length: 240 }, (_, i) => table('project-targets', `项目${i}`, `第${i}号项目`, i % 40 === 39 ? undefined : name(i % 80)));
    const r = pairTables([...departments, ...projects]);
    const found = r.pairs.filter((p) => p.relation === 'projects-vs-department').map((p) => [p.reviewed.sheet, p.others.map((o) => o.sheet)]);
    const expected = departments.map((d, i) => [d.sheet, projects.filter((_p, j) => j % 80 === i && j % 40 !== 39).map((p) => p.sheet)]).filter(([, ps]) => ps.length > 0);
    expect(found).toEqual(expected);
  });

  it('explicitPair puts the self-evaluation (or this year’s targets, or the department) under review, whatever the order', () => {
    expect(explicitPair(t22, e22)).toMatchObject({ relation: 'self-evaluation-vs-targets', reviewed: e22 });
    expect(explicitPair(e22, t23)).toMatchObject({ relation: 'targets-vs-last-year', reviewed: t23 });
    expect(explicitPair(t22, other)).toBeNull();
    const dept = locateSpec(departmentTable(), 'dept.xlsx');
    expect(explicitPair(locateSpec(projectTable(), 'p.xlsx'), dept)).toMatchObject({ relation: 'projects-vs-department', reviewed: dept, confidence: 1 });
    const elsewhere = locateSpec(projectTable({ labels: {} }), 'q.xlsx');
    elsewhere.table.supervisor = { text: '道路养护中心', cell: 'B5' };
    expect(explicitPair(elsewhere, dept)!.confidence).toBeLessThan(NEAR);
  });
});
