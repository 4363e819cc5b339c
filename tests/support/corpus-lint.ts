/** Checks that a corpus entry is well formed, so a typo in a hand-written expectation cannot pass unseen. */
import { isA1, parseA1, parseRange, CellRange } from '../../src/core/grid/address';
import { CorpusEntry, Family } from './corpus';
import { RULES } from '../../src/core/rules/registry';

const FAMILIES: Family[] = ['department-targets', 'project-targets', 'project-self-evaluation', 'department-self-evaluation'];

/** Codes an expectation may name: every rule's. */
export const KNOWN_CODES = new Set(RULES.map((r) => r.meta.code));

export function corpusProblems(e: CorpusEntry, knownCodes = KNOWN_CODES): string[] {
  const out: string[] = [];
  const { table, expected } = e;
  for (const k of ['id', 'title', 'url', 'region', 'publisher', 'layout'] as const)
    if (typeof table[k] !== 'string' || !table[k]) out.push(`table.${k} missing`);
  if (table.id !== e.id) out.push(`table.id ${table.id} is not the folder name ${e.id}`);
  if (!FAMILIES.includes(table.family)) out.push(`family ${table.family} unknown`);
  if (!(table.year >= 2015 && table.year <= 2026)) out.push(`year ${table.year}`);
  if (!Array.isArray(table.sheets) || table.sheets.length === 0) out.push('no sheets');
  const sheets = new Map(table.sheets.map((s) => [s.name, s]));
  const first = table.sheets[0]?.name;
  const inside = (sheetName: string | undefined, a1: string, what: string): void => {
    const s = sheets.get(sheetName ?? first);
    if (!s) return void out.push(`${what}: sheet ${sheetName} not in table`);
    if (!isA1(a1)) return void out.push(`${what}: ${a1} is not an A1 address`);
    const p = parseA1(a1);
    const width = Math.max(0, ...s.rows.map((r) => r?.length ?? 0));
    if (p.row >= s.rows.length || p.col >= width) out.push(`${what}: ${a1} outside the sheet`);
  };
  for (const s of table.sheets) {
    const ranges: CellRange[] = [];
    for (const m of s.merges ?? []) {
      let r: CellRange;
      try {
        r = parseRange(m);
      } catch {
        out.push(`merge ${m} unreadable`);
        continue;
      }
      if (ranges.some((q) => q.top <= r.bottom && r.top <= q.bottom && q.left <= r.right && r.left <= q.right)) out.push(`merge ${m} overlaps another`);
      ranges.push(r);
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) {
          if (row === r.top && col === r.left) continue;
          const v = s.rows[row]?.[col];
          if (v !== null && v !== undefined && v !== '') out.push(`merge ${m} covers a filled cell (row ${row + 1}, col ${col + 1})`);
        }
    }
    for (const a1 of Object.keys(s.formats ?? {})) inside(s.name, a1, `format ${a1}`);
  }
  if (!Array.isArray(expected.tables)) out.push('expected.tables missing');
  for (const t of expected.tables ?? []) {
    if (!FAMILIES.includes(t.kind)) out.push(`expected kind ${t.kind} unknown`);
    if (t.sheet !== undefined && !sheets.has(t.sheet)) out.push(`expected table sheet ${t.sheet} unknown`);
  }
  // The scorer keys flags and truncation entries by cell: a second entry at a cell would hide the first's codes.
  const once = (seen: Set<string>, f: { sheet?: string; cell: string }, what: string): void => {
    inside(f.sheet, f.cell, `${what} ${f.cell}`);
    const k = `${f.sheet ?? first}!${f.cell}`;
    if (seen.has(k)) out.push(`${what} ${f.cell} listed twice`);
    seen.add(k);
  };
  const seen = new Set<string>();
  for (const f of expected.flags ?? []) {
    once(seen, f, 'flag');
    if (!f.codes?.length) out.push(`flag ${f.cell} has no codes`);
    for (const c of f.codes ?? []) if (!knownCodes.has(c)) out.push(`flag ${f.cell}: unknown code ${c}`);
    if (!f.why) out.push(`flag ${f.cell} has no why`);
  }
  for (const f of expected.mustNotFlag ?? []) {
    inside(f.sheet, f.cell, `mustNotFlag ${f.cell}`);
    if (seen.has(`${f.sheet ?? first}!${f.cell}`)) out.push(`${f.cell} both flagged and must-not-flag`);
  }
  const cut = new Set<string>();
  for (const f of expected.truncation ?? []) once(cut, f, 'truncation');
  return out;
}
