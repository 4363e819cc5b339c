import { fold, isBlankOrNone, isFormInstruction, squeeze } from '../grid/text';
import { Field, PerformanceTable } from '../model/table';
import { defineRule, RuleContext } from './rule';

export default defineRule({
  meta: {
    code: 'missing-goal',
    severity: 'error',
    category: 'completeness',
    docs: { 'zh-CN': '年度总体目标为空。', 'en-US': 'The annual overall goal (年度总体目标) is empty.' },
    wholeTable: true,
    messages: {
      default: { 'zh-CN': '未填写年度总体目标', 'en-US': 'The annual goal (年度总体目标) is empty' },
      onlyNumber: { 'zh-CN': '年度总体目标只有数字“{{text}}”，没有写明目标', 'en-US': 'The annual goal is only the number “{{text}}”: no goal is stated' },
      actual: { 'zh-CN': '未填写年度目标的实际完成情况', 'en-US': 'The account of the goal’s completion (实际完成情况) is empty' },
      onlyName: { 'zh-CN': '年度总体目标“{{text}}”只重复了名称，没有写明目标', 'en-US': 'The annual goal “{{text}}” only repeats the name: no goal is stated' },
      onlyDuties: {
        'zh-CN': '年度总体目标与部门职能职责概述（{{duties}}）一字不差，没有写明本年度要达到的目标',
        'en-US': 'The annual goal is the department’s duties ({{duties}}) word for word: it states nothing the year is to achieve',
      },
      actualOnlyNumber: { 'zh-CN': '实际完成情况只有数字“{{text}}”，没有说明目标完成情况', 'en-US': 'The goal’s completion is only the number “{{text}}”: it says nothing of what was done' },
      onlyMoney: { 'zh-CN': '年度总体目标“{{text}}”只说明了资金，没有写明目标', 'en-US': 'The annual goal “{{text}}” only states the money: no goal is stated' },
      actualOnlyMoney: { 'zh-CN': '实际完成情况“{{text}}”只说明了资金的执行，没有说明完成了什么', 'en-US': 'The goal’s completion “{{text}}” only states how the money was spent: it says nothing of what was done' },
      actualCopiesGoal: { 'zh-CN': '实际完成情况只重复了年度目标的文字，没有说明完成了什么', 'en-US': 'The goal’s completion only repeats the goal’s words: it says nothing of what was done' },
      actualOnlyClaim: { 'zh-CN': '实际完成情况“{{text}}”只称完成了目标，没有说明完成了什么', 'en-US': 'The goal’s completion “{{text}}” only claims the goal was met: it says nothing of what was done' },
      actualDuties: {
        'zh-CN': '实际完成情况只列了职责（负责……、承担……），没有说明本年度完成了什么',
        'en-US': 'The goal’s completion only lists standing duties (负责…, 承担…): it says nothing of what was done this year',
      },
      actualOnlyName: { 'zh-CN': '实际完成情况“{{text}}”只重复了名称，没有说明目标完成情况', 'en-US': 'The goal’s completion “{{text}}” only repeats the name: it says nothing of what was done' },
      noLabel: {
        'zh-CN': '表中没有“{{label}}”一栏',
        'en-US': 'The table has no {{label}} (annual goal) row',
      },
    },
  },
  check({ table, report }) {
    const name = nameKey(table);
    if (!table.goal) {
      // Project forms, flat exports and self-evaluations often carry no goal row at all; a
      // department's form always has one (年度总体目标). One read no further than its money or tasks (no
      // indicator list either) is a page cut before its goal (泸县's, bg-sc-luxian-2024-culture-tourism-dept-targets),
      // as missing-level1 reads such a table.
      if (table.kind === 'department-targets' && table.indicators !== undefined) {
        const label = '年度总体目标';
        report({ messageId: 'noLabel', cell: table.title?.cell ?? table.range.split(':')[0], data: { label } });
      }
    } else if (isBlankOrNone(table.goal.text) || isFormInstruction(table.goal.text)) {
      // A goal of spaces of any width or a placeholder (`-`, `/`, `无`, `null`) is as empty as a blank one.
      report({ cell: table.goal.cell });
    } else if (ONLY_NUMBER.test(table.goal.text)) {
      report({ messageId: 'onlyNumber', cell: table.goal.cell, data: { text: table.goal.text } });
    } else if (onlyMoney(table.goal.text)) {
      report({ messageId: 'onlyMoney', cell: table.goal.cell, data: { text: table.goal.text } });
    } else if (onlyName(name, table.goal.text)) {
      report({ messageId: 'onlyName', cell: table.goal.cell, data: { text: table.goal.text } });
    } else if (table.duties && sameText(table.duties.text, table.goal.text)) {
      // n-jx-fuliang-2026-forestry: 保证林业局职能实现,保障人员经费。 twice, over indicators of the year's forestry work.
      report({ messageId: 'onlyDuties', cell: table.goal.cell, data: { duties: table.duties.cell } });
    }
    // A self-evaluation accounts for the goal, and for each goal of a block listing them a row each.
    if (table.goalActual) checkAccount(table.goalActual, table.goal, name, report);
    for (const line of table.goalLines ?? []) if (line.actual) checkAccount(line.actual, line.goal, name, report);
  },
});

/** An account of a goal that says nothing done: blank, a template's instruction, a number, the money, the goal again … */
function checkAccount(actual: Field, goal: Field | undefined, name: string, report: RuleContext['report']): void {
  if (isBlankOrNone(actual.text) || isFormInstruction(actual.text)) report({ messageId: 'actual', cell: actual.cell });
  else if (ONLY_NUMBER.test(actual.text)) report({ messageId: 'actualOnlyNumber', cell: actual.cell, data: { text: actual.text } });
  else if (onlyMoney(actual.text)) report({ messageId: 'actualOnlyMoney', cell: actual.cell, data: { text: actual.text } });
  else if (goal && copiesGoal(goal.text, actual.text)) report({ messageId: 'actualCopiesGoal', cell: actual.cell });
  else if (onlyClaim(actual.text) || onlyProcedure(actual.text)) report({ messageId: 'actualOnlyClaim', cell: actual.cell, data: { text: actual.text } });
  else if (listsDuties(actual.text)) report({ messageId: 'actualDuties', cell: actual.cell });
  else if (onlyName(name, actual.text)) report({ messageId: 'actualOnlyName', cell: actual.cell, data: { text: actual.text } });
}

/** A goal, or its account, that is only an amount (鄂州's 287 and 171, the year's budget and spending). */
const ONLY_NUMBER = /^[\d.,，\s]+(万元|元)?$/;

/**
 * A goal or account that only states the money (本年度财政拨款为150万元:执行数为125.25万元,完成预算的83.50%。,
 * the second reading of c-hubei-ezhou-2021): with the amounts and the words of a budget line taken
 * out, nothing is left of what the money did. Asked only of a text with a digit (as every one is).
 */
function onlyMoney(text: string): boolean {
  // A character no budget line's word holds (培 of 培训) ends it at once: asked of every table's goal and account.
  for (let i = 0; i < text.length; i++) if (!MONEY_CHARS.has(text.charCodeAt(i))) return false;
  if (!/\d/.test(text)) return false;
  return text.replace(MONEY_WORDS, '').replace(AMOUNT_MARKS, '').length <= 2;
}
/** A budget line's words, longest first where one holds another. */
const MONEY_WORD_LIST = ['本年度', '年度', '全年', '本年', '当年', '财政拨款', '财政资金', '预算资金', '预算', '执行率', '执行数', '执行', '支出', '资金', '拨款', '到位', '完成', '实际', '共计', '共', '为', '万元', '元', '其中', '总额', '金额', '本项目', '项目', '的', '了', '已'];
const MONEY_WORDS = new RegExp(MONEY_WORD_LIST.join('|'), 'g');
/** The amounts, rates and punctuation between those words. */
const AMOUNT_MARKS = /[\d.,，。:：;；%％()（）\s、]/g;
/** Every character the words and the marks between them may hold, as a first test. */
const MONEY_CHARS = new Set([...MONEY_WORD_LIST.join(''), ...'0123456789.,，。:：;；%％()（） 　、\t\r\n'].map((c) => c.charCodeAt(0)));

/**
 * An account that repeats a goal holding no figure, or a clause of it, word for word: nothing done is reported (永德's
 * 确保每一个学生都能享受到国家政策福利,改善学生体质 twice, as its second reading flags it; 安居's four
 * 目标n: lines). A goal of figures copied as met (造林1.2万亩) is an account of them.
 */
function copiesGoal(goal: string, actual: string): boolean {
  // A goal of figures or ranks copied as met is an account of them (宣城's 考核第一名, 先进单位 repeated,
  // ff-ah-xuancheng-2021-earthquake-eval, as both its readings judge). A year is no figure of a result
  // (南充's 2018年度 inspection, tt-sc-nanchong-2023-grain-for-green-eval); nor is an age group (炉霍's
  // 为0-6岁适龄儿童常规接种, vv-sc-luhuo-2021-infectious-disease-transfer-eval).
  if (STATES_RESULT.test(goal.replace(NUMBERING, '').replace(YEAR, '').replace(AGES, ''))) return false;
  // Or a clause of it (中江's 对项目区农业用水计量,为项目区农业生产夯实基础, out of a longer goal; its second reading).
  // The numbering aside: 目标1: in the goal, 1. in its account (普惠金融's, nn-sc-nd-inclusive-finance-fund-eval);
  // and the particles a past tense adds (宣城's 打击了毒品犯罪 for 打击毒品犯罪, tt-ah-xuancheng-2021-drug-control-eval).
  const said = plainKey(actual);
  const aim = plainKey(goal);
  if (said.length >= 8 && aim.includes(said)) return true;
  // Or its clauses, one dropped (南充's account: the goal less its clause on the 2018 inspection), and
  // at most one added that names no result either, after three copied at least (宣城's 禁毒 account adds
  // 提升了群众安全感和满意度, both its readings: tt-ah-xuancheng-2021-drug-control-eval).
  const clauses = actual.split(CLAUSE_END).map(plainKey).filter((c) => c.length > 0);
  const added = clauses.filter((c) => !(c.length >= 4 && aim.includes(c)));
  const copied = clauses.length - added.length;
  // Or a clause of it after a claim that the goal was met (石狮's 项目实施情况已达到了规划预期效果,保障食堂运行和
  // 人员稳定。, at-fj-shishi-2022-detention-center-eval): the claim names nothing done either.
  if (copied >= 1 && added.length > 0 && added.every((c) => CLAIM_CLAUSE.test(c)) && clauses.some((c) => c.length >= 8 && aim.includes(c))) return true;
  return copied >= 2 && (added.length === 0 || (added.length === 1 && copied >= 3 && !STATES_RESULT.test(added[0])));
}
/** A clause that only claims the goal met, as plainKey leaves it: 项目实施情况已达到规划预期效果, 已完成年度目标任务. */
const CLAIM_CLAUSE = /^(本?项目)?(实施情况|实施|执行情况)?(已经?|基本|全面|圆满|均|较好|顺利)*(达到|实现|完成|达成)(规划|年初|既定|预期|计划|年度|全年)*(绩效)?(效果|目标|要求|任务)+$/;
/** A text's words for comparing a goal with its account: no numbering, punctuation, or 了 的 地 得. */
function plainKey(text: string): string {
  return textKey(text.replace(NUMBERING, '')).replace(/[了的地得]/g, '');
}
/** Where a clause ends. */
const CLAUSE_END = /[,，;；。]/;
/** A year named: 2018年, 2023年度. */
const YEAR = /(19|20)\d{2}\s*年度?/g;
/** An age group: 0-6岁, 60周岁以上, 6至12岁. */
const AGES = /\d+\s*(?:[-~～—–至到]\s*\d+\s*)?周?岁/g;
/** A figure, a count in words or a rank: 120人次, 三个 (not 每一个), 第一名, 先进单位, 一等奖. */
const STATES_RESULT = /\d|第[一二三四五六七八九十]+|(?<!每)[一二两三四五六七八九十百千万]+[个项次名家户人所座条批期场]|先进|优秀|一等|二等|三等/;
/** A list's numbering: 目标1, 1、, 2. , 3: */
const NUMBERING = /目标\s*\d+|\d+\s*[、.．:：]/g;

/**
 * An account that only says the goal was met (基本完成年度目标。, 已完成年度目标): nothing done is named, so
 * nothing can be checked against the goal (ee-ah-yuan-2022-relics-protection-eval, ff-fj-ningde-2020-earthquake-dept-eval,
 * and the second reading of the first). A bare 完成 is a reviewer's terse yes (d-sc-daying-anke-2023): left alone.
 */
function onlyClaim(text: string): boolean {
  // Every such claim names its 目标 (spaced out or not): other accounts are not folded (asked of every table's account).
  return text.includes('标') && ONLY_CLAIM.test(squeeze(fold(text)).replace(/[,，.。;；!！、]/g, ''));
}
const ONLY_CLAIM = /^(已经?|基本|全面|圆满|全部|均|较好地?|顺利)?(完成|达到|实现|达成)了?(本?年度|全年|预期|既定)?的?(绩效)?(总体)?目标(任务)?$/;

/**
 * An account of how the money was handled and a bare rate of completion, clause by clause (霍山's 特教 account
 * 严格按照年初预算执行,采购手续合规合法,完成率100%。, all three readings: ak-ah-huoshan-2024-special-education-eval):
 * nothing done is named.
 */
function onlyProcedure(text: string): boolean {
  if (!/合规|合法|按照|专款专用|规范/.test(text)) return false;
  const clauses = text.split(/[,，;；。、]/).map((c) => squeeze(fold(c))).filter((c) => c !== '');
  return clauses.length >= 2 && clauses.every((c) => PROCEDURE.test(c));
}
const PROCEDURE = /^((严格)?(按照|依据|根据).{0,10}(执行|实施|使用|开展)|.{0,8}(合规合法|合法合规|合规|合法|规范|专款专用)|(项目)?完成率(为|达)?\d+(\.\d+)?%|(已)?(全部|全面)?完成)$/;

/**
 * An account that is a list of standing duties (负责编制…;承担…;负责矿产资源管理工作;…: 巴彦淖尔's, as both
 * its readings mark it, z-nm-bayannur-2024-port-land-eval): three clauses at least, most of them a duty,
 * no figure of the year in any.
 */
function listsDuties(text: string): boolean {
  if (!text.includes('负责') || /\d/.test(text)) return false;
  const clauses = text.split(/[;；。]/).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length < 3) return false;
  return clauses.filter((c) => /^(主要)?(负责|承担)/.test(c)).length * 3 >= clauses.length * 2;
}

/** The project's (or department's) name as goals are compared with it. */
function nameKey(table: PerformanceTable): string {
  return table.name ? squeeze(fold(table.name.text)) : '';
}

/** The same words, whatever the spaces, widths and punctuation between them. */
function sameText(a: string, b: string): boolean {
  return textKey(a).length >= 4 && textKey(a) === textKey(b);
}

/** A text's words, whatever the spaces, widths and punctuation between them. */
function textKey(t: string): string {
  return squeeze(fold(t)).replace(/[,，.。;；、:：!！]/g, '');
}

/** A goal that only repeats the name, or a part of it (j-yn-lijiang-2020-satellite). */
function onlyName(name: string, text: string): boolean {
  if (name.length < 2) return false;
  const said = squeeze(fold(text));
  if (said.length < 2) return false;
  if (name.includes(said)) return true;
  // The name said again and again, joined by words of doing (原州's 2022年…推广项目,通过实施2022年…推广项目,,
  // jj-nx-yuanzhou-2022-border-tea-eval): nothing more is said. The name without its bracketed note too.
  if (said.length < 2 * MIN_NAME || !said.includes(name.replace(BRACKET_NOTE, '').slice(0, MIN_NAME))) return false;
  let rest = said;
  for (const n of [name, name.replace(BRACKET_NOTE, '')]) if (n.length >= MIN_NAME) rest = rest.split(n).join('');
  return rest.length < said.length && rest.replace(DOING_WORDS, '').replace(/[,，.。;；、:：!！\s]/g, '').length <= 2;
}
/** A name's shortest part worth finding again in a goal. */
const MIN_NAME = 6;
/** A note in brackets at a name's end: (2022年少数民族发展资金项目). */
const BRACKET_NOTE = /[(（][^()（）]*[)）]$/;
/** Words that join a name said twice without saying what is to be done. */
const DOING_WORDS = /通过|实施|开展|推进|做好|完成|本项目|该项目|项目|建设/g;
