/** Large generated tables for `npm run bench`, built with the same builders as the tests. */
import { departmentTable, IndicatorSpec, projectTable, SheetSpec, TaskSpec } from '../tests/support/tables';
import { CLEAN_EVAL, selfEvaluationTable } from '../tests/support/self-evaluation';
import { loadCorpus } from '../tests/support/corpus';
import { toA1 } from '../src/core/grid/address';

/** Per 二级: how its targets are written, from a number `n`. */
const LEVELS: [string, string, ((n: number) => string)[]][] = [
  ['产出', '数量', [(n) => `${n}家`, (n) => `≥${n * 10} 栋`, (n) => `发放${n}万套资料`, () => '每季度至少一次', (n) => `${n} 万元`]],
  ['产出', '质量', [() => '100%', (n) => `不少于 ${80 + (n % 20)}%`, (n) => `≥${90 + (n % 10)}.5%`]],
  ['产出', '时效', [(n) => `2023年${1 + (n % 12)}月31日前`, () => '100%']],
  ['产出', '成本', [(n) => `≤${n * 4}万元`, (n) => `>${80 + (n % 19)}%`]],
  ['效益', '经济效益', [(n) => `${n} 家`, (n) => `提高 ${n % 50}%`]],
  ['效益', '社会效益', [(n) => `${50 + (n % 50)}%`, () => '达成年度指标']],
  ['效益', '可持续影响', [(n) => `≥${1 + (n % 5)}年`]],
  ['满意度', '服务对象满意度', [(n) => `≥${80 + (n % 20)}%`, (n) => `${85 + (n % 15)}%`]],
];

/**
 * A clean department table: `tasks` task rows, `indicators` indicators in runs of 50 per 二级; with
 * `targets` false, every 目标值 left blank (a missing-target error on each indicator); of `year` (2023 unless given).
 */
export function bigDepartmentTable(tasks: number, indicators: number, merges: boolean, targets = true, year?: number): SheetSpec {
  const taskRows: TaskSpec[] = Array.from({ length: tasks }, (_, i) => ({
    name: `任务${i + 1}`,
    content: `第${i + 1}项任务的主要内容`,
    fiscal: ((i * 37) % 1000) + 0.25,
    other: (i % 7) * 1.5,
  }));
  const inds: IndicatorSpec[] = Array.from({ length: indicators }, (_, i) => {
    const [l1, l2, forms] = LEVELS[Math.floor(i / 50) % LEVELS.length];
    // Every other target carries a number of its own, so parsing cannot lean on repetition.
    const target = forms[i % forms.length](i % 2 === 0 ? 1 + (i % 97) : i + 1);
    // A rate under 成本 names the cost it keeps in bounds: a bare 完成率 there measures no cost (vague-target).
    const rate = l2 === '成本' ? '成本控制率' : '完成率';
    // Money as a 数量 target counts the money the name names (补助金额), not things done (vague-target).
    const name = l2.includes('满意度') ? `第${i + 1}项服务满意度` : target.includes('%') ? `第${i + 1}项${rate}` : l2 === '数量' && target.includes('万元') ? `第${i + 1}项补助金额` : `第${i + 1}项指标`;
    return { l1, l2, name, target: targets ? target : '' };
  });
  return departmentTable({ tasks: taskRows, indicators: inds, merges, year });
}

/** Per kind of indicator in a project table: 一级, 二级, and how a target is written from a number. */
const PROJECT_LEVELS: [string, string, (n: number) => string, string][] = [
  ['产出', '数量', (n) => `${1 + (n % 40)}家`, '数量'],
  ['产出', '质量', (n) => `≥${80 + (n % 20)}%`, '完成率'],
  ['产出', '时效', (n) => `2023年${1 + (n % 12)}月31日前`, '完成时间'],
  ['效益', '社会效益', (n) => `≥${80 + (n % 20)}%`, '覆盖率'],
  ['满意度', '服务对象满意度', (n) => `≥${85 + (n % 15)}%`, '服务满意度'],
];

/**
 * A province's batch workbook: `projects` clean project tables (项目支出绩效目标表), one a sheet,
 * 12 to 20 indicators each: many small sheets rather than one large one.
 */
export function projectBatch(projects: number): SheetSpec[] {
  return Array.from({ length: projects }, (_, p) => {
    const indicators: IndicatorSpec[] = Array.from({ length: 12 + (p % 9) }, (_, i) => {
      const [l1, l2, target, what] = PROJECT_LEVELS[Math.floor(i / 3) % PROJECT_LEVELS.length];
      return { l1, l2, name: `第${i + 1}项${what}`, target: target(p + i) };
    });
    return projectTable({ indicators, sheet: `项目${p + 1}`, projectName: `第${p + 1}号项目` });
  });
}

/**
 * A batch of self-evaluations (项目支出绩效自评表), one a sheet, as a province collects them after
 * the year: fund lines, eight scored indicators, 总分 and 评价等级 in each, the names varied per project.
 */
export function evaluationBatch(projects: number): SheetSpec[] {
  return Array.from({ length: projects }, (_, p) =>
    selfEvaluationTable({
      sheet: `自评${p + 1}`,
      name: `第${p + 1}号项目`,
      indicators: CLEAN_EVAL.map((indicator, i) => ({ ...indicator, name: `${indicator.name}${(p + i) % 7}` })),
    }),
  );
}

/**
 * One self-evaluation of `indicators` scored indicators (the eight of the clean table over and
 * over, each named apart): the scoring and its rules on one large sheet rather than a thousand small
 * ones. In `form`: a department's (部门整体支出绩效自评表) and Sichuan's layout (指标性质, 度量单位
 * columns beside the values) instead of a project's.
 */
export function bigEvaluation(indicators: number, form: { kind?: 'department'; layout?: 'sichuan' } = {}): SheetSpec {
  return selfEvaluationTable({
    ...form,
    indicators: Array.from({ length: indicators }, (_, i) => ({ ...CLEAN_EVAL[i % CLEAN_EVAL.length], name: `${CLEAN_EVAL[i % CLEAN_EVAL.length].name}${i + 1}` })),
  });
}

/**
 * A project table with an indicator library (绩效指标库) beside it, as a bureau hands out for
 * picking indicators: `rows` rows under 一级指标 | 二级指标 | 三级指标 | 指标解释 | 评分标准, with no
 * 指标值 column, so not a table to check; its category words are labels in every row.
 */
export function withIndicatorLibrary(rows: number): SheetSpec[] {
  const library: SheetSpec = {
    name: '指标库',
    rows: [
      ['绩效指标库'],
      ['一级指标', '二级指标', '三级指标', '指标解释', '评分标准'],
      ...Array.from({ length: rows }, (_, i) => {
        const [l1, l2, , what] = PROJECT_LEVELS[i % PROJECT_LEVELS.length];
        return [`${l1}指标`, `${l2}指标`, `第${i + 1}项${what}`, `反映第${i + 1}项工作的${what}`, i % 2 === 0 ? '达到目标得满分，否则按比例扣分' : '未达到不得分'];
      }),
    ],
    merges: [],
  };
  return [projectBatch(1)[0], library];
}

/**
 * The corpus's published tables (tests/corpus, as governments published them: their layouts,
 * labels, number formats and mistakes) over and over, a sheet each, until `sheets`: a batch of real
 * forms rather than one generated form repeated.
 */
export function corpusBatch(sheets: number): SheetSpec[] {
  const published = loadCorpus().flatMap((e) => e.table.sheets);
  return Array.from({ length: sheets }, (_, i) => {
    const sheet = published[i % published.length];
    const rows = sheet.rows.map((row, r) =>
      (row ?? []).map((v, c) => {
        const format = sheet.formats?.[toA1(r, c)];
        return v === null || v === '' ? undefined : format ? { value: v, format } : v;
      }),
    );
    return { name: `${i + 1}-${sheet.name}`.slice(0, 31), rows, merges: sheet.merges ?? [] };
  });
}
