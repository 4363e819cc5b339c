import { fold, squeeze } from '../grid/text';
import { everyIndicator, Indicator } from '../model/table';
import { countsListedIn, isCostName, mentionsCost, namesMoney } from './names';
import { canonicalCategory, criteriaRuns, isCategoryName, isEconomicCost, Profile } from './profiles';
import { defineRule } from './rule';

/**
 * A rate as a cost's target (成本指标 | 生均补助标准达标率 | 100%): under 成本 (the older forms' 二级) or
 * 经济成本 (财预〔2021〕101号's), where a target is an amount, a percentage measures something else
 * unless the name says which cost it keeps in bounds (成本控制率). 社会成本 and 生态环境成本 are
 * no money, and rates are their usual targets.
 */
function isRateAsCost(ind: Indicator, profile: Profile): boolean {
  if (ind.target.value.kind !== 'quantity' || ind.target.value.family !== 'ratio') return false;
  // A name that is only the amount (巴南's 20万元 | 100%, oo-cq-banan-shengdengshan-2022-party-secretary-allowance)
  // names no cost kept in bounds: its 元 is the amount's unit.
  return isEconomicCost(profile, ind.level2.text) && (!mentionsCost(ind.name.text) || isOnlyAmount(ind.name.text));
}

/** 20万元, 38.75 万元: a name that is a sum of money and nothing else. */
function isOnlyAmount(name: string): boolean {
  return /^\s*[\d.,]+\s*(万元|元|亿元)\s*$/.test(name);
}

/** Under 成本指标 (or named as a cost: 人均培训成本, 维护经费), whose target must be an amount. */
function isCostIndicator(ind: Indicator): boolean {
  // Spaces read through: 成 本 指 标, as a form converted from Word writes its short labels.
  return /成本/.test(ind.level2.text.replace(/\s/g, '')) || /^成本(指标)?$/.test(ind.level1.text.replace(/\s/g, '')) || isCostName(ind.name.text);
}

export default defineRule({
  meta: {
    code: 'vague-target',
    severity: 'warning',
    category: 'targets',
    docs: {
      'zh-CN': '目标值无法考核：“有效”“长期营造”“显著提升”等模糊表述。',
      'en-US': 'A target that cannot be assessed: 有效, 长期营造, 显著提升 …',
    },
    messages: {
      default: {
        'zh-CN': '目标值“{{target}}”含模糊表述“{{word}}”，无法考核；请写成可衡量的目标（数值+单位，或达成/部分达成/未达成）',
        'en-US': 'Target “{{target}}” is vague (“{{word}}”) and cannot be assessed; give a number with a unit, or a gradable outcome',
      },
      cost: {
        'zh-CN': '成本指标的目标值“{{target}}”没有金额，无法考核；请写明金额上限（如 ≤30万元）',
        'en-US': 'Cost target “{{target}}” gives no amount and cannot be assessed; state the ceiling (≤ 30 万元)',
      },
      count: {
        'zh-CN': '数量指标的目标值“{{target}}”没有数量，无法考核；请写明数量和单位（如 ≥3次、500人）',
        'en-US': 'A quantity indicator’s target “{{target}}” gives no number and cannot be assessed; state how many (≥ 3 次, 500 人)',
      },
      costRate: {
        'zh-CN': '成本指标“{{name}}”的目标值“{{target}}”是比率，不是成本，无法考核；请写明金额（如 ≤30元/人），或写成成本控制率',
        'en-US': 'Cost indicator “{{name}}” has a rate, “{{target}}”, as its target: a rate is no cost and cannot be assessed as one; state an amount (≤ 30 元/人), or a cost-control rate',
      },
      scale: {
        'zh-CN': '目标值“{{target}}”列出了整个评价等级，没有写明要达到哪一级，无法考核；请只写一个等级（如“优”）',
        'en-US': 'Target “{{target}}” lists the whole grading scale, not the grade to reach, so it cannot be assessed; give one grade (优)',
      },
      selfGraded: {
        'zh-CN': '目标值“{{target}}”只评价了效果本身，没有写明衡量什么，无法考核；请写明衡量的内容和数值（如“带动消费 ≥ 500 万元”）',
        'en-US': 'Target “{{target}}” only grades the effect itself, without saying what is measured, so it cannot be assessed; name the measure and a value',
      },
      aims: {
        'zh-CN': '指标“{{name}}”列出了几项目的，目标值“{{target}}”不知是哪一项的比例，无法考核；请每项写成一个可衡量的指标',
        'en-US': 'Indicator “{{name}}” lists several aims, and “{{target}}” is a share of none of them in particular, so it cannot be assessed; make each a measurable indicator',
      },
      unmeasurable: {
        'zh-CN': '目标值“{{target}}”既不是数值+单位，也不是日期或可评级的结果，无法考核；请写成可衡量的目标（数值+单位，或达成/部分达成/未达成）',
        'en-US': 'Target “{{target}}” is neither a number with a unit, a date nor a gradable outcome, so it cannot be assessed; give a number with a unit, or a gradable outcome',
      },
    },
  },
  check({ table, profile, report }) {
    const indicators = everyIndicator(table);
    // The evaluation framework's criteria (项目决策, 项目管理) are scored on evidence: what stands in their
    // target column is what to record (彭水's 项目资金测算标准(文字描述)), no target. Looked for once.
    let criteria: ReadonlySet<string> | undefined;
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      if (ind.target.value.kind === 'qualitative' && (criteria ??= criteriaRuns(table, profile)).size > 0 && criteria.has(ind.level1.runStart)) continue;
      if (isRateAsCost(ind, profile)) {
        report({ messageId: 'costRate', cell: ind.target.cell, data: { name: ind.name.text, target: withColumnUnit(ind) } });
        continue;
      }
      // The counts written into the name and a share as the target (保山's …50人;…6户;…8家 | 100%, both its
      // readings): how many the year was to reach is not in the target, and a 数量 target is a count.
      if (ind.target.value.kind === 'quantity' && ind.target.value.family === 'ratio' && countsListedIn(ind.name.text) >= 2 && canonicalCategory(profile, ind.level2.text) === '数量') {
        report({ messageId: 'count', cell: ind.target.cell, data: { target: ind.target.text } });
        continue;
      }
      // A share of a list of aims (保障人民生命财产安全、促进道路交通平安畅通、降低交通事故发生率、维护社会和谐与稳定 | 100%,
      // 大英's 交警, both readings: at-sc-daying-2019-traffic-enforcement-tail-eval): of which, is not said.
      if (ind.target.value.kind === 'quantity' && ind.target.value.family === 'ratio' && listsAims(ind.name.text)) {
        report({ messageId: 'aims', cell: ind.target.cell, data: { name: ind.name.text, target: ind.target.text } });
        continue;
      }
      // The budget's use restated as an effect's target (促进市场繁荣 | 372万元将用于学校运转支出,…: 银川's, every
      // reading of f-nx-yinchuan21-2019): what the money is spent on measures no effect.
      const money = ind.target.value.kind === 'quantity' && ind.target.value.family === 'money';
      if (money && SPENT_ON.test(ind.target.text) && !isCostIndicator(ind)) {
        report({ messageId: 'unmeasurable', cell: ind.target.cell, data: { target: ind.target.text } });
        continue;
      }
      // Money as a count's target, the name naming no money (完成校园维修改造及设备购置项目 | 800万元 under 数量指标:
      // 黄石三中's, three readings of four): how much was spent, not how many were done.
      if (money && !namesMoney(ind.name.text) && canonicalCategory(profile, ind.level2.text) === '数量') {
        report({ messageId: 'count', cell: ind.target.cell, data: { target: ind.target.text } });
        continue;
      }
      if (ind.target.value.kind !== 'qualitative') continue;
      // 保障基本支出, 无有效投诉: the word is part of a term, not a hedge.
      const folded = fold(ind.target.text);
      // The grading scale copied whole (优良中低差, 好/较好/一般/差: the form's hint for a 定性 target, left as
      // typed; 大英's ac-sc-daying-nd-railway-environment-tail-eval): no grade chosen to reach.
      if (isWholeScale(folded)) {
        report({ messageId: 'scale', cell: ind.target.cell, data: { target: ind.target.text } });
        continue;
      }
      // The effect graded by its own name (经济效益良好, 效果良好: 金安's tennis open, w-ah-jinan-2025-tennis-open,
      // three readings of four): no measure to grade; 工程质量 | 良好 grades the quality its name measures.
      // Spaces read through (按 质 按 量 完 成, as a form converted from Word spaces its short texts).
      const words = squeeze(folded);
      // A change aimed at, graded by a word alone (促进社会和谐稳定 | 好: 丰都's, every reading of
      // au-cq-fengdu-2022-auxiliary-police-targets): how much of the change is the measure, and none is named.
      if (SELF_GRADED.test(words) || (BARE_GRADE.test(words) && CHANGE_AIM.test(squeeze(fold(ind.name.text))))) {
        report({ messageId: 'selfGraded', cell: ind.target.cell, data: { target: ind.target.text } });
        continue;
      }
      if (setsNothing(words, ind.name.text)) {
        report({ messageId: 'unmeasurable', cell: ind.target.cell, data: { target: ind.target.text } });
        continue;
      }
      // Grade words are gradable, whatever vague word they contain (良好及以上, 不低于良好).
      if (GRADABLE_PHRASE.test(words)) continue;
      // A cost is an amount: 确保教学工作正常运行 under 成本指标 grades nothing (f-nx-yinchuan21-2019).
      if (isCostIndicator(ind)) {
        report({ messageId: 'cost', cell: ind.target.cell, data: { target: ind.target.text } });
        continue;
      }
      // A count is a number: 覆盖全区所有人员 under 数量指标 says how far, not how many (o-sc-zhaohua-2021-leprosy
      // E17; likewise f-nx-yinchuan21-2019 E13, n-hb-xiangyang-2021-hospital-eval E11). A count in words (一次, 两批) is one.
      if (!COUNT_IN_WORDS.test(folded) && canonicalCategory(profile, ind.level2.text) === '数量') {
        report({ messageId: 'count', cell: ind.target.cell, data: { target: ind.target.text } });
        continue;
      }
      // A bare 是 affirms its name: a hedge there is the target's (公众知晓度是否明显提高 | 是, 蔡甸's,
      // ll-hb-caidian-2021-forest-fire-eval; 持续完善…体系 | 是, 原州's, ww-nx-yuanzhou-2022-seed-potato-eval).
      const word = vagueWordIn(profile, words) ?? (words === '是' ? vagueWordIn(profile, squeeze(fold(ind.name.text))) : undefined);
      if (word) report({ cell: ind.target.cell, data: { target: ind.target.text, word } });
      // A bare 是 under a name that is only its category (社会效益指标 | 是, 临海's): nothing affirmed.
      else if (words === '是' && isCategoryName(profile, ind.name.text)) report({ messageId: 'unmeasurable', cell: ind.target.cell, data: { target: ind.target.text } });
      else if (!isAssessable(folded) && !assertsNamedQuality(ind.name.text, folded)) report({ messageId: 'unmeasurable', cell: ind.target.cell, data: { target: ind.target.text } });
    }
  },
});

/**
 * A target that sets nothing to reach, however gradable its words: the name typed again (按期完工 | 按期完工, 永济's,
 * both readings; 统筹海绵城市项目谋划 twice, 黄石's, all four), a rate's name with no level (发放时间达标率, 提高普及率:
 * 大英's and 鄂州's, both readings each), a question (是否利于企业走出去, both readings), an aim only referred to
 * (做好保障 | 达到预期目标, both readings of as-sc-daying-nd-canteen-targets-tail), or a timeliness held to a time
 * the form never states (提交报告及时性 | 在项目计划完成时间内完成, 塘溪's, three readings of four).
 */
function setsNothing(target: string, nameText: string): boolean {
  if (/\d/.test(target)) return false;
  if (RATE_NAME.test(target) || target.startsWith('是否') || UNSTATED_AIM.test(target)) return true;
  // The name as the target is folded, asked only of the targets with no figure.
  const name = squeeze(fold(nameText));
  if (target === name && target.length >= 2) return true;
  return name.includes('及时') && UNSTATED_TIME.test(target);
}
/** Aims listed as the name: two clauses or more, or three items or more, each opening with its verb (保障…、促进…、降低…). */
function listsAims(name: string): boolean {
  if (!AIM_MARK.test(name)) return false;
  // Two clauses, each an aim (建设平安校园,满足教师和学生生活、学习的需要: 黄石三中's, all three readings).
  const clauses = name.split(/[，,；;]/).map((c) => c.trim()).filter((c) => c.length >= 3);
  // A clause may say its aim at its end (投诉率比上年下降: 大英's 交警, every reading of at-sc-daying-2019-traffic-enforcement-tail-eval).
  // One opening with its verb at least: 病害减少,…农药量较上年减少 | 2% (原州's) names the one measure its share is of.
  if (clauses.length >= 2 && clauses.every((c) => AIM_VERB.test(c) || AIM_END.test(c)) && clauses.some((c) => AIM_VERB.test(c))) return true;
  const items = name.split(/[、，,；;]/).map((c) => c.trim()).filter((c) => c.length >= 3);
  return items.length >= 3 && items.every((c) => AIM_VERB.test(c));
}
/** An amount and what it is spent on: 372万元将用于学校运转支出. */
const SPENT_ON = /\d\s*万?元.{0,6}用于/;
const AIM_MARK = /[、，,；;]/;
/** A change said at a clause's end: 投诉率比上年下降, 满意度逐年提高. */
const AIM_END = /(下降|降低|减少|提高|提升|增加|增长|改善)$/;
const AIM_VERB = /^(保障|促进|降低|减少|维护|提高|提升|确保|改善|推动|推进|加强|保证|增强|优化|营造|巩固|助力|满足|丰富|带动|建设)/;
/** A measure's name ending in 率, with a direction at most: 达标率, 提高普及率. */
const RATE_NAME = /^(提高|提升|确保|保持|降低)?[\u4e00-\u9fa5]{1,10}率$/;
/** An aim only referred to: 达到预期目标 (大英's 食堂, both readings), 实现既定效果. */
const UNSTATED_AIM = /^(达到|实现)了?(预期|既定)的?(目标|效果)[。.]?$/;
/** Within a time only referred to: 在项目计划完成时间内, 规定时限内, 合同工期内. */
const UNSTATED_TIME = /(计划|规定|合同|要求)的?(完成)?的?(时间|时限|期限|工期)(内|之内)/;

/** Three grades or more of one scale and nothing else (优良中低差, 优/良/中/差, 好、较好、一般、差, 高 中 低). */
function isWholeScale(text: string): boolean {
  const grades = text.replace(/[\s/、,，|；;]/g, '').match(GRADE_RUN);
  return grades !== null && new Set(grades[0].match(GRADE)).size >= 3;
}
const GRADES = '较好|较差|一般|优|良|中|低|差|好|高|强|弱';
const GRADE = new RegExp(GRADES, 'g');
const GRADE_RUN = new RegExp(`^(${GRADES})+$`);

/** The profile's first vague word in a text, its terms (基本支出, 有效投诉) read past. */
function vagueWordIn(profile: Profile, words: string): string | undefined {
  if (!profile.vagueWords.some((w) => words.includes(w))) return undefined;
  const text = profile.vagueExceptions.reduce((t, term) => t.split(term).join(' '), words);
  return profile.vagueWords.find((w) => text.includes(w));
}

/** The target as the table shows it, with its 度量单位 column's unit when that is apart (100 | % → 100%). */
function withColumnUnit(ind: Indicator): string {
  const unit = ind.unitColumn?.text.trim() ?? '';
  return unit !== '' && !ind.target.text.includes(unit) ? `${ind.target.text}${unit}` : ind.target.text;
}

/**
 * Words of a target that a reviewer can grade: an outcome class (达成 / 部分达成 / 未达成, 优 良 中 差,
 * 合格, 达标, 合规, 专款专用: n-hb-xiangyang-2021-hospital-eval), completion (完成, 按计划, 按时; 已建立, the
 * target n-heb-ningjin-2019-stipend's reviewer asks of 规章制度建立与否; 通过, 黄石's 通过专家评审 | 通过,
 * gg-hb-huangshi-2022-sponge-city-application-eval), a state kept or reached (正常; 完整, 健康, 整洁: 苏州's 绿地养护,
 * 植物状况 | 健康, bc-js-suzhou-2017-green-space-eval), or a period (当年, 全年, 时间内; 日产日清, daily). Short
 * texts only: in a sentence (按要求完成当年的教育教学工作) they describe work, not a result.
 */
const GRADABLE = /达成|达到|完成|实现|建立|建成|通过|合格|达标|合规|专款专用|优(?!化)|良|中等|较差|差评|是|否|按计划|按时|按期|如期|准时|全覆盖|覆盖全|全天候|全部|当年|全年|年内|年底|年度内|时间内|期限内|期内|之前|以前|前完成|正常|完整|完好|健康|整洁|清洁|畅通|日产日清|按(日|周|旬|月|季度?|年|学期)|每(日|周|旬|月|季度?|年|学期)/;
const GRADABLE_PHRASE = /符合(国家|行业|地方|省级?|技术|设计|相关)?标准|良好及以上|不低于良好|达到[“"]?(优|良|良好|合格)[”"]?等级|达成(年度|预期)?(指标|目标)|达到预期/;
const MAX_GRADABLE_LENGTH = 12;
/** An effect graded by its own name: 经济效益良好, 效果良好, 社会效益较好. */
const SELF_GRADED = /^(经济|社会|生态|环境|实施)?(效益|效果|影响|成效)(良好|较好|很好|好)$/;
const BARE_GRADE = /^(好|较好|很好|良好|高|较高|强|较强)$/;
/** A name that is a change to bring about (促进, 提升, 改善 …), not a quality to grade (保障 and 维护 keep a state). */
const CHANGE_AIM = /^(促进|推动|推进|提升|提高|改善|增强|加强|优化|带动|助力)/;
const CLAUSE_MARK = /[,，;；]/;
/** A number written in words before what it counts (一次, 两批, 十余场). */
const COUNT_IN_WORDS = /[零一二两三四五六七八九十百千万]+余?(次|个|项|家|人|场|批|件|套|份|所|座|台|辆|条|篇|期|户|处|名|本|册|部|类|轮|栋|间|块|张|幅)/;

/**
 * A criterion named for a quality, answered with it: 立项程序规范性 | 规范, 立项依据充分性 | 充分 (the
 * evaluation framework's 决策 criteria as 镇江's targets, z-js-zhenjiang-2024-pearl-buck-park): met or not.
 */
function assertsNamedQuality(name: string, target: string): boolean {
  const t = target.replace(/\s/g, '');
  // Timeliness is the exception: 结算款支付及时性 | 及时 needs its deadline (as the reviewers of
  // n-sh-putuo-2022-venue-eval, c-anhui-tangxi-cunji-2022 and i-guangdong-dongguan-2019-road flag it).
  if (t.length === 0 || t.length > 4 || t.includes('时')) return false;
  const n = name.replace(/\s/g, '');
  // 性 only: 群众满意度 | 满意 sets no level (gg-hb-huangshi-2022-sponge-city-application-eval's reviewer flags it).
  // The quality with what it is of before it (资产产权明确性 | 资产明确, 苏州's): the quality still.
  return n.endsWith(`${t}性`) || (t.length > 2 && n.endsWith(`${t.slice(-2)}性`));
}

function isAssessable(text: string): boolean {
  // Two or three short clauses, each gradable (按时完成教学任务,顺利完成中考; 南岳's, u-hn-nanyue-2017-school-dept-targets):
  // completions, each met or not.
  if (CLAUSE_MARK.test(text)) {
    const clauses = text.split(CLAUSE_MARK).map((c) => c.replace(/[\s。.!！]/g, '')).filter((c) => c !== '');
    if (clauses.length > 1 && clauses.length <= 3 && clauses.every((c) => c.length <= MAX_GRADABLE_LENGTH && GRADABLE.test(c))) return true;
  }
  const compact = text.replace(/[\s,，。.;；、:：!！"“”'‘’()（）]/g, '');
  if (GRADABLE_PHRASE.test(compact)) return true;
  // A one-word grade on a 高/中/低 or 好/差 scale (管理制度健全性 “高”).
  if (/^(高|中|低|好|差|强|弱)$/.test(compact)) return true;
  // A count in words (一次, 两批) is a count.
  if (compact.length <= MAX_GRADABLE_LENGTH && COUNT_IN_WORDS.test(compact)) return true;
  // 无有效投诉, 零事故, 不发生安全事故: none of something is a count of zero.
  return compact.length <= MAX_GRADABLE_LENGTH && (GRADABLE.test(compact) || /^(无|零|不发生|杜绝|未发生)/.test(compact));
}
