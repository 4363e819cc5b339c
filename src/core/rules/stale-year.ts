import { toA1 } from '../grid/address';
import { yearsIn } from '../model/years';
import { memoByText } from '../memo';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'stale-year',
    severity: 'warning',
    category: 'text',
    docs: {
      'zh-CN': '表中文字提到的年份早于预算年度的上一年（常见于照抄往年表格）；文号中的年份不算。',
      'en-US': 'Text names a year older than the fiscal year − 1 (often a copied old table); document numbers are not years.',
    },
    messages: {
      default: {
        'zh-CN': '文字中出现 {{year}} 年，本表为 {{fiscalYear}} 年度，请确认是否沿用了旧表内容',
        'en-US': 'Text mentions {{year}} in a {{fiscalYear}} table; check whether it was copied from an old table',
      },
    },
  },
  check({ table, report }) {
    const fiscalYear = table.fiscalYear;
    if (fiscalYear === null) return;
    // The cells reported, by address: a merged area undone and filled repeats its text in the next
    // cell to the right or below, one finding for all of them (as the merge had).
    // A text repeated under itself is a copy only beside the same heading: under another (南充's 项目实施内容及过程概述
    // repeating its 项目年度目标, both readings: tt-sc-nanchong-2023-grain-for-green-eval) it is stale again.
    let reported: Map<string, { text: string; left: string }> | undefined;
    let prevText = '';
    let prevRow = -1;
    table.forEachText((text, row, col) => {
      // Texts come row by row, left to right: the one just before in the same row is the heading
      // beside it, blank cells between or not (a blank column inserted after the headings).
      const left = prevRow === row ? prevText : '';
      prevText = text;
      prevRow = row;
      // No 年, no year of the table's kind: most cells end here.
      if (!text.includes('年')) return;
      const year = oldestBefore(yearsOf(text), fiscalYear - 1) ?? lastYearsDeadline(text, fiscalYear);
      if (year === null) return;
      reported ??= new Map();
      const at = toA1(row, col);
      reported.set(at, { text, left });
      const before = col > 0 ? reported.get(toA1(row, col - 1)) : undefined;
      const above = row > 0 ? reported.get(toA1(row - 1, col)) : undefined;
      if (before?.text === text || (above?.text === text && above.left === left)) return;
      report({ cell: at, data: { year, fiscalYear }, expected: `>= ${fiscalYear - 1}`, actual: year });
    });
  },
});

const NONE: readonly number[] = [];

/**
 * A deadline in the year before the table's, or a plan for it (2021年11月30日前完成资金支付 in a 2022 self-evaluation:
 * 原州's, both readings mark it, ww-nx-yuanzhou-2022-seed-potato-eval): last year's text carried over,
 * though last year's figures may be cited on purpose. Null for anything else.
 */
function lastYearsDeadline(text: string, fiscalYear: number): number | null {
  for (const pattern of LAST_YEARS) {
    const m = pattern.exec(text);
    if (m && Number(m[1]) === fiscalYear - 1) return fiscalYear - 1;
  }
  return null;
}
// The deed may follow a few words on (2022年12月31日前至少给120人发放…, 阜康's, ad-xj-fukang-2023-survey-subsidy-eval),
// within the clause.
// So is a plan for last year opening its clause (2022年医疗保障局计划使用财政资金45万元… as a 2023 self-evaluation's
// 项目年度目标, both readings: ae-sc-daying-2023-resident-insurance-supervision-eval).
const PLAN = /(?:^|[，。；,;：:])\s*((?:19|20)\d{2})\s*年度?[^，。；,;\d]{0,12}?(?:计划|拟)/;
const DEADLINE = /((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?|底)?\s*(?:之|以)?前[^，。；,;]{0,12}?(?:完成|发放|支付|拨付|到位|兑付|竣工|验收)/;
const LAST_YEARS = [DEADLINE, PLAN];

/**
 * The years a text names, or none for a heading that is only a year. Dates repeat down a column
 * (2023年12月31日前 on thousands of rows) and across a batch's tables (（2023年度）): each text is read once.
 */
const yearsOf = memoByText<readonly number[]>(50_000, (text) =>
  // A heading that is only a year (2021年 over last years' amounts, as Hubei's form has), or a year's
  // actual figures (2020年实际执行数 beside this year's budget, 鄂州's cost breakdown,
  // n-hb-ezhou-2022-office-building), names a column of past figures on purpose: no copied text.
  /^\s*[(（]?\s*(19|20)\d{2}\s*年度?\s*(实际执行数|执行数|决算数|实际支出数?|实际完成数|实际数)?\s*[)）]?\s*([(（](万元|元)[)）])?\s*$/.test(text) ? NONE : yearsIn(text.includes('根据') || text.includes('依据') || text.includes('于') ? text.replace(CITED_DATE, '') : text),
);

/**
 * The day something was agreed, cited as the ground of the work: 根据2020年9月29日市人民政府与…签署的
 * 《…投资合同》 (百色's, z-gx-baise-2023-tianli-school-subsidy), 于2019年3月1日印发. A date of the past
 * on purpose, no copied text; a year with no day (根据2020年实施方案) is still asked about.
 */
const CITED_DATE = /(根据|依据|于)\s*(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g;

/** The oldest of the years before `limit`, or null. */
function oldestBefore(years: readonly number[], limit: number): number | null {
  let year: number | null = null;
  // A loop, not Math.min(...): a pasted text can hold more years than the call stack takes.
  for (let i = 0; i < years.length; i++) if (years[i] < limit && (year === null || years[i] < year)) year = years[i];
  return year;
}
