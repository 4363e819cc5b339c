/**
 * A folder's reconciliation: the tables are paired from their identities (`identityOf`), and the
 * sheets of each pair are read again to compare it, so memory holds one pair's tables at a time.
 * A file is opened once for the pairs it takes part in while they keep to a few files: a batch
 * workbook of a thousand pairs is not read and parsed again for each.
 */
import { fullTable, LocatedTable, locateTables, pairTables, TablePair } from '../core/reconcile/pair-tables';
import { pairingReport, PairReport, reconcilePair, ReconciliationReport } from '../core/reconcile/reconcile';
import { Lang } from '../core/rules/rule';
import { OpenFailure, openSheets, SheetByName } from './open-file';

/** Files held open at once: a batch's two workbooks (this year's targets, last year's results) and a department's. */
export const OPEN_FILES = 4;

type Reread = (identity: LocatedTable) => Promise<LocatedTable | null>;

/**
 * Sheets whose recognised tables are kept for the next pairs: a pair's two. Tables stacked on one
 * sheet and paired with each other (a batch exported as one long sheet) read and recognise it once,
 * not once per table (400 tables, 200 pairs: 31 s).
 */
export const SHEETS_KEPT = 2;

/** A value per key, made when first asked for and kept while among the `limit` last asked for. */
function lastUsed<V>(limit: number): (key: string, make: () => V) => V {
  const kept = new Map<string, V>();
  return (key, make) => {
    const value = kept.has(key) ? (kept.get(key) as V) : make();
    kept.delete(key);
    kept.set(key, value);
    if (kept.size > limit) kept.delete(kept.keys().next().value as string);
    return value;
  };
}

/**
 * Reads again the whole table an identity stands for, from its file and sheet; null if it is gone.
 * The files opened last stay open (their bytes and shared strings, not their grids), each for the
 * sheets the pairs name in it, and the tables of the sheets read last are kept.
 */
function rereader(pairs: readonly TablePair[]): Reread {
  const wanted = new Map<string, Set<string>>();
  for (const p of pairs)
    for (const t of [p.reviewed, ...p.others]) {
      const sheets = wanted.get(t.file);
      if (sheets) sheets.add(t.sheet);
      else wanted.set(t.file, new Set([t.sheet]));
    }
  const files = lastUsed<Promise<SheetByName | OpenFailure>>(OPEN_FILES);
  const sheetTables = lastUsed<LocatedTable[] | null>(SHEETS_KEPT);
  return async (identity) => {
    const { file, sheet } = identity;
    const sheets = await files(file, () => openSheets(file, wanted.get(file) ?? new Set([sheet])));
    if (typeof sheets !== 'function') return null;
    const tables = sheetTables(`${file}\u0000${sheet}`, () => {
      const read = sheets(sheet);
      return read === undefined || 'failure' in read ? null : locateTables(file, [read.grid]);
    });
    return tables && fullTable(identity, tables);
  };
}

/** The pair with its tables whole, or null when a file changed or vanished since it was validated. */
async function wholePair(pair: TablePair, reread: Reread): Promise<TablePair | null> {
  const reviewed = await reread(pair.reviewed);
  const others: LocatedTable[] = [];
  for (const o of pair.others) {
    const whole = await reread(o);
    if (whole) others.push(whole);
  }
  return reviewed && others.length === pair.others.length ? { ...pair, reviewed, others } : null;
}

export async function reconcileFiles(identities: readonly LocatedTable[], lang: Lang): Promise<ReconciliationReport> {
  const pairing = pairTables(identities);
  const reread = rereader(pairing.pairs);
  const reports: PairReport[] = [];
  for (const pair of pairing.pairs) {
    const whole = await wholePair(pair, reread);
    if (whole) reports.push(reconcilePair(whole, { lang }));
  }
  return pairingReport(pairing, reports);
}
