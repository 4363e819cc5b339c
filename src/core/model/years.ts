import { fold } from '../grid/text';

/**
 * A year a table's text speaks of: 2019年, （2022 年度）. Document numbers (福府规[2017]2号,
 * 财预〔2021〕101号) close their bracket after the year, so they never match.
 */
const YEAR = /(^|\D)((?:19|20)\d{2})(\s*年)/g;

/** The same, and a year closed in brackets before 年 (`（2020）年度`), as a template moves it on. */
const YEAR_TO_MOVE = /(^|\D)((?:19|20)\d{2})([)）]?\s*年)/g;

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
    const y = Number(year);
    if (y === from) return `${before}${to}${suffix}`;
    if (y < from) older.push(y);
    return all;
  });
  // Changed only if the text is: a year moved to itself (a template asked for the source's own year) is no change.
  return { text: out, changed: out !== text, older };
}
