import { fold, labelKey } from '../grid/text';

/** What a label cell says it is. */
export type LabelKind =
  | 'department-title'
  | 'project-title'
  | 'year-line'
  | 'unit-line'
  | 'department-name'
  | 'supervisor'
  | 'project-name'
  | 'task-name'
  | 'task-content'
  | 'budget'
  | 'amount-total'
  | 'amount-part'
  | 'grand-total'
  | 'goal'
  | 'indicator-block'
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'fund-block'
  | 'fund-total'
  // Self-evaluation tables (绩效自评表)
  | 'project-eval-title'
  | 'department-eval-title'
  | 'actual'
  | 'weight'
  | 'score'
  | 'reason'
  | 'comparator'
  | 'measure-unit'
  | 'budget-initial'
  | 'budget-full'
  | 'executed'
  | 'rate'
  | 'total-score'
  | 'grade'
  | 'goal-expected'
  | 'goal-actual';

export interface Label {
  /** Every meaning the text can have (合计 is a column header and a row label); context picks one. */
  kinds: readonly LabelKind[];
  /** Money unit given in the label itself: `预算金额（万元）`, `单位：万元`. */
  unit?: string;
  /** Fiscal year given in a title or year line. */
  year?: number;
}

/** Synonyms, written as people write them; matched after full/half-width folding and space removal. */
const SYNONYMS = new Map<string, LabelKind[]>();
function add(kind: LabelKind, words: string): void {
  for (const w of words.split(' ')) {
    const key = labelKey(w);
    SYNONYMS.set(key, [...(SYNONYMS.get(key) ?? []), kind]);
  }
}
add('department-name', '部门（单位）名称 部门名称 单位名称 预算单位 预算部门 部门（单位） 单位（部门）名称');
add('supervisor', '主管部门 主管单位 主管部门及代码');
add('project-name', '项目名称');
add('task-name', '任务名称 工作任务 主要任务 任务');
add('task-content', '主要内容 任务内容 主要工作内容 工作内容 任务主要内容');
add('budget', '预算金额 预算数 预算资金 金额 资金 预算金额合计');
add('amount-total', '总额 合计 小计 资金总额 预算总额');
add('amount-part', '财政拨款 财政资金 财政拨款资金 当年财政拨款 其他资金 其他 自有资金 上年结转 上年结转资金 专项资金');
add('grand-total', '金额合计 合计 总计 资金合计 预算合计 合计金额');
add('goal', '年度总体目标 年度目标 总体目标 年度绩效目标 整体绩效目标 部门整体绩效目标 年度总目标');
add('indicator-block', '年度绩效指标 绩效指标 年度指标 绩效指标情况');
add('level1', '一级指标');
add('level2', '二级指标');
add('level3', '三级指标 指标内容 指标名称 三级指标名称');
add('target', '目标值 指标值 年度指标值 绩效指标值 年度目标值 指标目标值 目标值（指标值） 指标值（目标值） 预期目标值');
add('fund-block', '项目资金 资金情况 项目资金情况 项目资金来源');
add('fund-total', '年度资金总额 资金总额 年度资金总额合计 年度总额');
add('amount-part', '单位自有资金');
add('actual', '实际完成值 实际完成 实际值 完成值 全年实际完成值 实际完成情况值');
add('weight', '分值 权重 标准分 权重分 分值（权重）');
add('score', '得分 自评得分 评分 实际得分');
add('reason', '偏差原因分析及改进措施 偏差原因分析 偏差原因 未完成原因分析 偏差原因分析及改进措施说明 原因分析');
add('comparator', '指标性质');
add('measure-unit', '度量单位 计量单位');
add('budget-initial', '年初预算数 年初预算');
add('budget-full', '全年预算数 调整后预算数 全年预算 预算调整数');
add('executed', '全年执行数 执行数 实际执行数 全年实际执行数');
add('rate', '执行率 预算执行率');
add('total-score', '总分 合计得分 自评总分');
add('grade', '评价等级 自评等级 等级 自评结果');
add('goal-expected', '预期目标');
add('goal-actual', '实际完成情况');

/** First characters of every label (synonyms, 其中, 单位/金额单位 lines, years): others are values. */
const FIRST_CHARS = new Set([...SYNONYMS.keys()].map((k) => k.charCodeAt(0)).concat([...'其单金资(12'].map((c) => c.charCodeAt(0))));

/** Cheap test on the first visible character, so values (most cells) are never folded. */
function mayBeLabel(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === text.length) return false;
  const first = text.charCodeAt(i);
  // Full-width forms (（, １) fold to the half-width characters labels are keyed by.
  const folded = first >= 0xff00 && first <= 0xffef ? fold(text[i]).charCodeAt(0) : first;
  return FIRST_CHARS.has(folded) || text.includes('表');
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x3000;
}

const MONEY_UNIT = '(万元|亿元|千元|元)';
const UNIT_LINE = new RegExp(`^(金额|资金)?单位:${MONEY_UNIT}$`);
const UNIT_SUFFIX = new RegExp(`\\(${MONEY_UNIT}\\)$`);
const YEAR_LINE = /^\(?((?:19|20)\d{2})年度?\)?$/;
const YEAR_IN_TITLE = /((?:19|20)\d{2})年度?/;

/**
 * Classifies one cell's text as a label, or null. `其中：` prefixes and a unit in parentheses
 * are read off first, so `其中：财政拨款` and `预算金额（万元）` match their plain forms.
 */
export function classifyLabel(text: string): Label | null {
  if (text.length > 60) return null;
  if (!mayBeLabel(text)) return null;
  let key = labelKey(text);
  if ((key.includes('绩效目标') || key.includes('自评')) && key.endsWith('表')) {
    const year = YEAR_IN_TITLE.exec(key);
    const base = { year: year ? Number(year[1]) : undefined };
    const evaluation = key.includes('自评');
    if (key.includes('整体支出') || (evaluation && key.includes('部门'))) return { kinds: [evaluation ? 'department-eval-title' : 'department-title'], ...base };
    if (key.includes('项目支出') || key.includes('项目绩效') || (evaluation && key.includes('项目'))) return { kinds: [evaluation ? 'project-eval-title' : 'project-title'], ...base };
  }
  if (text.length > 40) return null;
  const unitLine = UNIT_LINE.exec(key);
  if (unitLine) return { kinds: ['unit-line'], unit: unitLine[2] };
  const yearLine = YEAR_LINE.exec(key);
  if (yearLine) return { kinds: ['year-line'], year: Number(yearLine[1]) };

  let unit: string | undefined;
  const suffix = UNIT_SUFFIX.exec(key);
  if (suffix) {
    unit = suffix[1];
    key = key.slice(0, suffix.index);
  }
  const part = /^其中[:,]?/.exec(key);
  if (part) {
    key = key.slice(part[0].length);
    if (key === '') return null;
    return SYNONYMS.get(key)?.includes('amount-part') ? { kinds: ['amount-part'], unit } : null;
  }
  const kinds = SYNONYMS.get(key);
  return kinds ? { kinds, unit } : null;
}

export function labelIs(label: Label | null | undefined, kind: LabelKind): boolean {
  return label !== null && label !== undefined && label.kinds.includes(kind);
}
