import type { CategoryRun } from '../model/table';
import { canonicalCategory, criteriaRuns, level1Of, parentOf, Profile } from './profiles';
import { defineRule } from './rule';
import { isTimeName, mayEndIn } from './names';

export default defineRule({
  meta: {
    code: 'category-mismatch',
    severity: 'error',
    category: 'taxonomy',
    docs: {
      'zh-CN': '已知的二级指标放在了错误的一级指标下（如“经济效益”放在“产出”下）。',
      'en-US': 'A known second-level category under the wrong first level (经济效益 under 产出).',
    },
    messages: {
      default: {
        'zh-CN': '二级指标“{{level2}}”属于“{{expected}}”，不应放在“{{level1}}”下',
        'en-US': 'Second-level “{{level2}}” belongs under “{{expected}}”, not “{{level1}}”',
      },
      timeliness: {
        'zh-CN': '“{{name}}”是时效指标，应放在“时效指标”下，不应放在“{{level2}}”下',
        'en-US': '“{{name}}” is a timeliness indicator: it belongs under 时效指标, not “{{level2}}”',
      },
      criterion: {
        'zh-CN': '一级指标“{{level1}}”是评价框架的评分项，不设目标；其下的“{{level2}}”属于“{{expected}}”',
        'en-US': 'First-level “{{level1}}” is one of the evaluation framework’s criteria, which set no targets; “{{level2}}” under it belongs under “{{expected}}”',
      },
      incidents: {
        'zh-CN': '“{{name}}”统计的是事件数，不应放在“{{level2}}”下（应放在社会效益或质量指标下）',
        'en-US': '“{{name}}” counts incidents: it does not belong under “{{level2}}” (but under 社会效益 or a quality category)',
      },
      satisfaction: {
        'zh-CN': '“{{name}}”是满意度指标，应放在“服务对象满意度”下，不应放在“{{level2}}”下',
        'en-US': '“{{name}}” is a satisfaction indicator: it belongs under 服务对象满意度, not “{{level2}}”',
      },
    },
  },
  check({ table, profile, report }) {
    // A list of indicators without 一级/二级 columns has no categories to check.
    if (table.indicators?.categorised === false) return;
    const seen = new Set<string>();
    const runs = table.indicators?.runs ?? [];
    // A table laid out by the evaluation framework (its criteria above the indicators) takes the
    // framework's places too: 服务对象满意度 under 项目效益.
    let framework: boolean | undefined;
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i];
      const level1 = level1Of(profile, run);
      const level2 = canonicalCategory(profile, run.level2.text);
      const expected = parentOf(profile, level2);
      // 产出's 二级 under the framework's 决策 (大英's 项目决策 | 数量指标 …, ee-sc-daying-2020-consumer-city-targets,
      // both readings): the 一级 is wrong, once for all its runs.
      if (expected && expected !== '满意度' && profile.criteria.includes(level1) && !seen.has(run.level1.runStart)) {
        seen.add(run.level1.runStart);
        report({ messageId: 'criterion', cell: run.level1.cell, related: run.level2.cell, data: { level1: run.level1.text, level2: run.level2.text, expected }, expected, actual: run.level1.text });
        continue;
      }
      if (!expected || !(level1 in profile.taxonomy) || expected === level1 || seen.has(run.level2.runStart)) continue;
      // So does a 一级 written in the framework's own words (项目效益 over 服务对象满意度指标: 大英's canteen,
      // as-sc-daying-nd-canteen-targets-tail, its fourth reading; the second and third settled so after a first run).
      if (profile.criteriaParents[level2] === level1 && (FRAMEWORK_LEVEL1.test(run.level1.text.replace(/\s/g, '')) || (framework ??= criteriaRuns(table, profile).size > 0))) continue;
      // The 2015 transfer-payment form (财预〔2015〕163号) files 社会公众或服务对象满意度指标 under 效益指标,
      // in those words (青山's, aa-hb-qingshan-2020-rural-school-renovation).
      // So does Hunan's 2017 department declaration, its indicators prose (u-hn-nanyue-2017-school-dept-targets).
      if (level1 === '效益' && level2 === '服务对象满意度' && (run.level2.text.includes('社会公众') || table.indicators?.prose)) continue;
      seen.add(run.level2.runStart);
      report({
        cell: run.level2.cell,
        related: run.level1.cell,
        data: { level1: run.level1.text, level2: run.level2.text, expected },
        expected,
        actual: run.level1.text,
      });
    }
    // A satisfaction rate filed as an output (资助对象满意度 under 质量指标; 宁晋's, n-heb-ningjin-2019-stipend),
    // or as a benefit where the table keeps a place of its own for satisfaction (湘潭's 市民…满意程度 under
    // 社会效益 beside 满意度指标 | 市民满意度, b-xiangtan-2023-fog-cannon).
    const indicators = table.indicators?.indicators ?? [];
    let ownPlace: boolean | undefined;
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      // A deadline or a timeliness counts nothing (…资金的供应时效 under 数量指标, a second reading of
      // a-fujian-2019-dept-ningde-dangshi); under 质量 a 及时 rate is a quality many forms put there.
      if (isTimelinessName(ind.name.text) && canonicalCategory(profile, ind.level2.text) === '数量') {
        report({ messageId: 'timeliness', cell: ind.name.cell, related: ind.level2.cell, data: { name: ind.name.text, level2: ind.level2.text }, expected: '时效', actual: ind.level2.text });
        continue;
      }
      // An incident count measures no one's satisfaction (衡山's 粮食安全事件发生数 | 0起 under 服务对象满意度,
      // r-hn-hengshan-2020-grain-reserve-eval, as both its readers mark it).
      if (mayEndIn(ind.name.text, '数故件') && INCIDENT_COUNT.test(ind.name.text.replace(/\s/g, '')) && INCIDENTS_MISPLACED.has(canonicalCategory(profile, ind.level2.text))) {
        report({ messageId: 'incidents', cell: ind.name.cell, related: ind.level2.cell, data: { name: ind.name.text, level2: ind.level2.text }, expected: '社会效益', actual: ind.level2.text });
        continue;
      }
      if (!mayBeSatisfaction(ind.name.text) || !SATISFACTION.test(ind.name.text)) continue;
      const parent = parentOf(profile, canonicalCategory(profile, ind.level2.text));
      if (parent !== '产出' && !(parent === '效益' && (ownPlace ??= hasSatisfactionRun(runs, profile)))) continue;
      report({ messageId: 'satisfaction', cell: ind.name.cell, related: ind.level2.cell, data: { name: ind.name.text, level2: ind.level2.text }, expected: '服务对象满意度', actual: ind.level2.text });
    }
  },
});

/** 满意度, 满意率 or 满意程度 at the end of a name (a bracketed unit after it allowed): 资助对象满意度, 群众满意率(%). */
const SATISFACTION = /满意(度|率|程度)\s*(\([^()]*\)|（[^（）]*）)?\s*$/;

/**
 * A count of incidents (安全事件发生数, 事故起数, 案件数, 人员伤亡事故): a complaint count (投诉次数) is left, a
 * proxy many forms file under 满意度.
 */
const INCIDENT_COUNT = /(事件|事故|案件)(发生)?(数|次数|起数)?\s*$|发生(数|次数|起数)\s*$/;
/**
 * Where an incident count measures nothing it is filed for: no one's satisfaction (衡山's), no economic
 * benefit (蔡甸's 人员伤亡事故 under 经济效益, ll-hb-caidian-2021-forest-fire-eval).
 */
const INCIDENTS_MISPLACED = new Set(['服务对象满意度', '经济效益']);

/** Whether the table files satisfaction in its own place (满意度指标 | 服务对象满意度指标, or one cell over both). */
function hasSatisfactionRun(runs: readonly CategoryRun[], profile: Profile): boolean {
  return runs.some((run) => canonicalCategory(profile, run.level2.text) === '服务对象满意度' || level1Of(profile, run) === '满意度');
}
/** 供应时效, 及时性, or a deadline by its name (完成时间, 时限): by its last character first. */
function isTimelinessName(name: string): boolean {
  return (mayEndIn(name, '效性') && /(时效|及时性)\s*$/.test(name)) || isTimeName(name);
}

/** By its characters first: most names hold no 满. */
function mayBeSatisfaction(name: string): boolean {
  return name.includes('满');
}

/** The evaluation framework's name for a 一级 (财预〔2020〕10号: 项目效益), as against the targets form's 效益指标. */
const FRAMEWORK_LEVEL1 = /^项目效益/;
