/**
 * Pairs of tables for reconciliation (tests/corpus-pairs/<id>/pair.json): members are corpus
 * tables (published) or tables built inside the pair folder (`./name.table.json`, `built: true`).
 * Expectations were written by hand before the checker ran; see tests/corpus-pairs/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { LocatedTable, locateTables, Relation } from '../../src/core/reconcile/pair-tables';
import { CORPUS_DIR, CorpusTable, sheetToGrid } from './corpus';

export const PAIRS_DIR = path.join(__dirname, '..', 'corpus-pairs');

export interface PairFlag {
  table: string;
  cell: string;
  codes: string[];
  related?: { table: string; cell: string };
  why: string;
}

export interface CorpusPair {
  id: string;
  dir: string;
  relation: Relation;
  published: boolean;
  reviewed: string;
  others: string[];
  notes: string;
  expected: {
    flags: PairFlag[];
    mustNotFlag: { table: string; cell: string; why: string }[];
    truncation: PairFlag[];
    unpaired?: string[];
  };
}

export function loadPairs(dir = PAIRS_DIR): CorpusPair[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'pair.json')))
    .map((d) => d.name)
    .sort()
    .map((id) => ({ id, dir: path.join(dir, id), ...(JSON.parse(readFileSync(path.join(dir, id, 'pair.json'), 'utf8')) as Omit<CorpusPair, 'id' | 'dir'>) }));
}

/** A member's table: a corpus id, or a file in the pair's folder. */
export function memberTable(pair: CorpusPair, member: string): CorpusTable {
  const file = member.startsWith('./') ? path.join(pair.dir, member) : path.join(CORPUS_DIR, member, 'table.json');
  return JSON.parse(readFileSync(file, 'utf8')) as CorpusTable;
}

/** Every table the engine recognises in a member, located under the member's name as its file. */
export function locate(pair: CorpusPair, member: string): LocatedTable[] {
  return locateTables(member, memberTable(pair, member).sheets.map(sheetToGrid));
}

const RELATIONS: Relation[] = ['self-evaluation-vs-targets', 'targets-vs-last-year', 'projects-vs-department'];

/** A pair's hand-written parts that cannot be right: a member missing, a cell outside its sheet, an unknown code. */
export function pairProblems(pair: CorpusPair, knownCodes: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (!RELATIONS.includes(pair.relation)) out.push(`relation ${pair.relation} unknown`);
  const members = [pair.reviewed, ...pair.others];
  const tables = new Map<string, CorpusTable>();
  for (const m of members) {
    try {
      const t = memberTable(pair, m);
      tables.set(m, t);
      if (m.startsWith('./') && (t as CorpusTable & { built?: boolean }).built !== true) out.push(`${m}: a table built for the pair must say built: true`);
    } catch (e) {
      out.push(`${m}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
  if (pair.published && members.some((m) => m.startsWith('./'))) out.push('published, yet a member was built');
  const inside = (member: string, cell: string, what: string): void => {
    const t = tables.get(member);
    if (!t) return void out.push(`${what}: ${member} is not a member`);
    const rows = t.sheets[0].rows;
    const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(cell);
    if (!m) return void out.push(`${what}: ${cell} is not an A1 address`);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    if (row >= rows.length || col >= Math.max(0, ...rows.map((r) => r?.length ?? 0))) out.push(`${what}: ${cell} outside ${member}`);
  };
  for (const f of [...pair.expected.flags, ...pair.expected.truncation]) {
    inside(f.table, f.cell, `flag ${f.cell}`);
    if (f.related) inside(f.related.table, f.related.cell, `related of ${f.cell}`);
    for (const c of f.codes) if (!knownCodes.has(c)) out.push(`flag ${f.cell}: code ${c} unknown`);
    if (!f.why) out.push(`flag ${f.cell}: no why`);
  }
  for (const m of pair.expected.mustNotFlag) inside(m.table, m.cell, `mustNotFlag ${m.cell}`);
  return out;
}
