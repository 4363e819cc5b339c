/** Table tests for every reconciliation rule: the pairs a folder would form, and what each rule says of them. */
import targetChanged from '../../src/core/reconcile/rules/target-changed';
import indicatorAdded from '../../src/core/reconcile/rules/indicator-added';
import indicatorRemoved from '../../src/core/reconcile/rules/indicator-removed';
import indicatorAmbiguous from '../../src/core/reconcile/rules/indicator-ambiguous';
import budgetChanged from '../../src/core/reconcile/rules/budget-changed';
import targetBelowLastActual from '../../src/core/reconcile/rules/target-below-last-actual';
import projectsSumMismatch from '../../src/core/reconcile/rules/projects-sum-mismatch';
import { evalWith } from '../support/eval-cases';
import { approvedFor, CLEAN_EVAL, evalCell, runPair, selfEvaluationTable, testPairRule } from '../support/reconcile-tester';
import { CLEAN_TASKS, departmentTable, findCell, projectTable } from '../support/tables';

const evaluation = (indicators = CLEAN_EVAL, extra: Parameters<typeof selfEvaluationTable>[0] = {}) => selfEvaluationTable({ indicators, ...extra });
const approved = approvedFor();
/** The approved table's target cell of indicator i (F column, first indicator row 11). */
const approvedTarget = (name: string) => findCell(approved, name).replace(/^D/, 'F');

testPairRule(targetChanged, {
  valid: [
    { name: 'the approved targets, unchanged', reviewed: evaluation(), others: [approved] },
    { name: 'spacing and full-width forms: ≥ 100 人次, ＞ and ％', reviewed: evaluation(evalWith(0, { target: '≥ 100 人次' }, evalWith(2, { target: '≥９５％' }))), others: [approved] },
    { name: 'a blank target is missing-target’s, not a change', reviewed: evaluation(evalWith(0, { target: '' })), others: [approved] },
    { name: '达成年度指标 written the same', reviewed: evaluation(), others: [approvedFor(evalWith(6, { target: '达成年度指标' }))] },
    { name: 'a rate typed as a fraction in the approval: 0.95 is 95%', reviewed: evaluation(evalWith(2, { target: '95%' })), others: [approvedFor(evalWith(2, { target: '0.95' }))] },
  ],
  invalid: [
    {
      name: 'a lowered target: ≥100人次 approved, ≥80人次 scored',
      reviewed: evaluation(evalWith(0, { target: '≥80人次' })),
      others: [approved],
      findings: [{ cell: evalCell(0, 'target'), message: '指标“培训人次”的年度指标值“≥80人次”与批复目标“≥100人次”不一致', related: approvedTarget('培训人次') }],
    },
    {
      name: 'a comparator dropped: ≥95% approved, 95% scored',
      reviewed: evaluation(evalWith(2, { target: '95%' })),
      others: [approved],
      findings: [{ cell: evalCell(2, 'target'), message: '“95%”与批复目标“≥95%”' }],
    },
    {
      name: 'a fraction that is another rate: 0.9 approved, 95% scored',
      reviewed: evaluation(evalWith(2, { target: '95%' })),
      others: [approvedFor(evalWith(2, { target: '0.9' }))],
      findings: [{ cell: evalCell(2, 'target') }],
    },
    {
      name: 'a unit changed: ≤500元/人 approved, ≤500元 scored',
      reviewed: evaluation(evalWith(4, { target: '≤500元' })),
      others: [approved],
      findings: [{ cell: evalCell(4, 'target') }],
    },
    {
      name: 'a renamed indicator is still compared, with its confidence',
      reviewed: evaluation(evalWith(0, { name: '培训总人次', target: '≥90人次' })),
      others: [approved],
      findings: [{ cell: evalCell(0, 'target'), message: '对应批复指标“培训人次”，相似度' }],
    },
  ],
});

testPairRule(indicatorAdded, {
  valid: [{ name: 'the same indicators', reviewed: evaluation(), others: [approved] }],
  invalid: [
    {
      name: 'an indicator the approval does not have',
      reviewed: evaluation(evalWith(1, { name: '新闻报道篇数', target: '≥5篇', actual: '6篇' })),
      others: [approved],
      findings: [{ cell: evalCell(1, 'name'), message: '指标“新闻报道篇数”不在批复的绩效目标中' }],
    },
  ],
});

testPairRule(indicatorRemoved, {
  valid: [{ name: 'every approved indicator scored', reviewed: evaluation(), others: [approved] }],
  invalid: [
    {
      name: 'an approved indicator left out, marked at the 三级指标 header',
      reviewed: evaluation(CLEAN_EVAL.filter((i) => i.name !== '政策知晓率')),
      others: [approved],
      findings: [{ cell: 'D11', message: '批复的指标“政策知晓率”（社会效益指标，目标 ≥80%）未出现在自评表中', related: findCell(approved, '政策知晓率') }],
    },
  ],
});

testPairRule(indicatorAmbiguous, {
  valid: [{ name: 'near names with one clear best pair silently', reviewed: evaluation(evalWith(7, { name: '参训学员满意度' })), others: [approved] }],
  invalid: [
    {
      name: '满意度 near 学员满意度 and 企业满意度 alike',
      reviewed: evaluation(evalWith(7, { name: '满意度' })),
      others: [approvedFor([...CLEAN_EVAL, { ...CLEAN_EVAL[7], name: '企业满意度' }])],
      findings: [{ cell: evalCell(7, 'name'), message: '指标“满意度”可能对应另一张表的“学员满意度”“企业满意度”' }],
    },
  ],
});

testPairRule(budgetChanged, {
  valid: [
    { name: '年初预算数 100 against an approved 100', reviewed: evaluation(), others: [approved] },
    { name: '100 万元 against an approved 1,000,000 元', reviewed: evaluation(), others: [projectTable({ projectName: '企业人才培训项目', year: 2022, unit: '元', funds: { total: 1_000_000, parts: [['其中：财政拨款', 1_000_000]] } })] },
  ],
  invalid: [
    {
      name: '年初预算数 100 against an approved 120',
      reviewed: evaluation(),
      others: [approvedFor(CLEAN_EVAL, { total: 120 })],
      findings: [{ cell: 'C6', message: '年初预算数 100万元 与批复的年度资金总额 120万元 不一致', related: 'D6' }],
    },
  ],
});

/** Next year's targets set at this year's actuals (120人次, 97%, 520元/人 …), with their comparators. */
const AT_ACTUALS = CLEAN_EVAL.map((i) => ({ ...i, target: `${/^[≥≤]/.exec(i.target)?.[0] ?? ''}${i.actual}` }));
const nextYear = (patch: Parameters<typeof evalWith>[1], i: number) => approvedFor(evalWith(i, patch, AT_ACTUALS), { year: 2023 });

testPairRule(targetBelowLastActual, {
  valid: [
    { name: 'targets at last year’s actuals', reviewed: nextYear({ target: '≥120人次' }, 0), others: [evaluation()] },
    { name: 'targets above them: ≥150人次', reviewed: nextYear({ target: '≥150人次' }, 0), others: [evaluation()] },
    { name: 'a ceiling below last year’s actual: ≤480元/人', reviewed: nextYear({ target: '≤480元/人' }, 4), others: [evaluation()] },
    { name: 'units that differ are not compared: ≥90人 after 120人次', reviewed: nextYear({ target: '≥90人' }, 0), others: [evaluation()] },
    { name: 'a bare number is read in the other’s unit: ≥120 after 120人次', reviewed: nextYear({ target: '≥120' }, 0), others: [evaluation()] },
    { name: 'a bare number is not a percentage: ≥0.9 after 97%', reviewed: nextYear({ target: '≥0.9' }, 2), others: [evaluation()] },
    { name: 'a qualitative target is not compared', reviewed: nextYear({ target: '稳步提升' }, 5), others: [evaluation()] },
  ],
  invalid: [
    {
      name: '≥100人次 while 120人次 were reached (and ≥95% while 97% were)',
      reviewed: approvedFor(CLEAN_EVAL, { year: 2023 }),
      others: [evaluation()],
      findings: [
        { cell: 'F11', message: '指标“培训人次”的目标值 ≥100人次 低于上年实际完成值 120人次', related: evalCell(0, 'actual') },
        { cell: 'F13', message: '“培训合格率”', related: evalCell(2, 'actual') },
        { cell: 'F16', message: '“政策知晓率”' },
        { cell: 'F18', message: '“学员满意度”' },
      ],
    },
    {
      name: 'a bare target read as last year wrote it (≥): 80% after an actual of 85%',
      reviewed: nextYear({ target: '80%' }, 5),
      others: [evaluation()],
      findings: [{ cell: 'F16', message: '目标值 80% 低于上年实际完成值 85%' }],
    },
    {
      name: 'a bare number read in last year’s unit: ≥100 after 120人次',
      reviewed: nextYear({ target: '≥100' }, 0),
      others: [evaluation()],
      findings: [{ cell: 'F11', message: '目标值 ≥100 低于上年实际完成值 120人次' }],
    },
    {
      name: 'a ceiling above last year’s actual: ≤600元/人 after 520元/人',
      reviewed: nextYear({ target: '≤600元/人' }, 4),
      others: [evaluation()],
      findings: [{ cell: 'F15', message: '目标值 ≤600元/人 高于上年实际完成值 520元/人' }],
    },
  ],
});

/** The department table with one 项目支出 line of `amount`, and projects whose 主管部门 it is. */
const project = (name: string, total: number) => projectTable({ projectName: name, year: 2023, funds: { total, parts: [['其中：财政拨款', total]] } });

testPairRule(projectsSumMismatch, {
  valid: [
    { name: 'tasks named like the projects carry their amounts', reviewed: departmentTable(), others: [project('综合信息服务平台', 400)] },
    {
      name: 'a project named like two tasks is compared with neither',
      reviewed: departmentTable({ tasks: [...CLEAN_TASKS, { ...CLEAN_TASKS[0], name: '综合信息服务平台（二）' }] }),
      others: [project('综合信息服务平台', 380)],
    },
  ],
  invalid: [
    {
      name: 'a task amount against its project table',
      reviewed: departmentTable(),
      others: [project('综合信息服务平台', 380)],
      findings: [{ cell: 'E8', message: '任务“综合信息服务平台”的金额 400万元 与项目表的资金总额 380万元 不一致', related: 'D6' }],
    },
    {
      name: 'the task found under the name its project table writes with a note, among many projects',
      reviewed: departmentTable(),
      others: [...Array.from({ length: 30 }, (_, i) => project(`第${i + 1}号道路养护项目`, 10)), project('综合信息服务平台（续建）', 380)],
      findings: [{ cell: 'E8', message: '任务“综合信息服务平台”的金额 400万元 与项目表的资金总额 380万元 不一致', related: 'D6' }],
    },
  ],
});

describe('messages in en-US', () => {
  it('target-changed names both targets in English', () => {
    const [f] = runPair(targetChanged, { name: 'en', reviewed: evaluation(evalWith(0, { target: '≥80人次' })), others: [approved] }, 'en-US');
    expect(f.message).toBe('Indicator “培训人次”: the target “≥80人次” differs from the approved “≥100人次”');
  });
});
