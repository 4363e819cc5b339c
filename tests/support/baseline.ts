/** The corpus results recorded as the floor the tests hold the checker to. */
import path from 'path';
import { EntryScore, Totals } from './accuracy';
import { CORPUS_DIR } from './corpus';

export const BASELINE_FILE = path.join(CORPUS_DIR, 'baseline.json');

export interface Baseline {
  tables: Record<string, { recognised: boolean[]; found: string[]; falseAlarms: number }>;
  totals: Pick<Totals, 'recall' | 'precision'> | null;
}

export function baselineOf(scores: readonly EntryScore[], published: Totals): Baseline {
  return {
    tables: Object.fromEntries(scores.map((s) => [s.id, { recognised: s.tables.map((t) => t.recognised), found: [...s.found].sort(), falseAlarms: s.falseAlarms.length }])),
    totals: { recall: published.recall, precision: published.precision },
  };
}
