import { toA1 } from '../grid/address';
import { fold } from '../grid/text';
import { defineRule } from './rule';

/**
 * A year a table's text speaks of: 2019年, 2019 年度. Bracketed years are document numbers
 * (福府规[2017]2号, 财预〔2021〕101号) and are skipped.
 */
const YEAR = /(^|[^\d[〔【(（])((?:19|20)\d{2})\s*年/g;

export function yearsIn(text: string): number[] {
  const out: number[] = [];
  if (!text.includes('年')) return out;
  const s = fold(text);
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) out.push(Number(m[2]));
  YEAR.lastIndex = 0;
  return out;
}

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
    table.forEachText((text, row, col) => {
      const stale = yearsIn(text).filter((y) => y < fiscalYear - 1);
      if (stale.length > 0) {
        const year = Math.min(...stale);
        report({ cell: toA1(row, col), data: { year, fiscalYear }, expected: `>= ${fiscalYear - 1}`, actual: year });
      }
    });
  },
});
