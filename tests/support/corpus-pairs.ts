/**
 * Pairs of tables for reconciliation (tests/corpus-pairs/<id>/pair.json): members are corpus
 * tables (published) or tables built inside the pair folder (`./name.table.json`, `built: true`).
 * Expectations were written by hand before the checker ran; see tests/corpus-pairs/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { LocatedTable, Relation } from '../../src/core/reconcile/pair-tables';
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
  return memberTable(pair, member).sheets.flatMap((sheet) => recognizeSheet(sheetToGrid(sheet)).map((table) => ({ file: member, sheet: sheet.name, table })));
}
