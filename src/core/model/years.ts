import { fold } from '../grid/text';

/**
 * A year a table's text speaks of: 2019年, （2022 年度）. Document numbers (福府规[2017]2号,
 * 财预〔2021〕101号) close their bracket after the year, so they never match.
 */
const YEAR = /(^|\D)((?:19|20)\d{2})(\s*年)/g;

/**
 * The same, and a year closed in brackets before 年 (`（2020）年度`) or typed with spaces between its
 * digits (`(20 17 年度)`, 岳阳楼区's 2017 申报表), as a template moves it on.
 */
const YEAR_TO_MOVE = /(^|\D)((?:1\s?9|2\s?0)\s?\d\s?\d)([)）]?\s*年)/g;

/** Every year mentioned in a text (full-width digits read too). */
export function yearsIn(text: string): number[] {
  if (!text.includes('年')) return [];
  return [...fold(text).matchAll(YEAR)].map((m) => Number(m[2]));
}

export interface YearAdvance {
  text: string;
  changed: boolean;
  /** Years older than the source year, left as they are for a person to decide. */
  older: number[];
}

/** Moves mentions of the source year to the target year: `2022 年福田区…` → `2023 年福田区…`. */
export function advanceYears(text: string, from: number, to: number): YearAdvance {
  const older: number[] = [];
  if (!text.includes('年')) return { text, changed: false, older };
  const out = text.replace(YEAR_TO_MOVE, (all, before: string, year: string, suffix: string) => {
    const y = Number(year.replace(/\s/g, ''));
    if (y === from) return `${before}${to}${suffix}`;
    if (y < from) older.push(y);
    return all;
  });
  // Changed only if the text is: a year moved to itself (a template asked for the source's own year) is no change.
  return { text: out, changed: out !== text, older };
}

const FILED = /^((?:填报|填表|申报)(?:日期|时间)\s*[:：]?\s*)/;
const DATE = /^((?:19|20)\d{2})\s*[年.\-/]\s*(\d{1,2})(?!\d)/;

/**
 * A filing-date line (填报日期：2022年12月18日, 填表日期 2023.9.30): its label as written, and the date's
 * year and month when the same text gives them. Null for any other text.
 */
export function filingDate(text: string): { label: string; date?: { year: number; month: number } } | null {
  const folded = fold(text).trim();
  const label = FILED.exec(folded);
  if (!label) return null;
  return { label: text.trim().slice(0, label[1].length), date: dateAt(folded.slice(label[1].length)) };
}

/** The year and month a date written as text starts with (2022年12月18日, 2023-03-01, 2023.9.30). */
export function dateAt(text: string): { year: number; month: number } | undefined {
  const m = DATE.exec(fold(text).trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : undefined;
}
