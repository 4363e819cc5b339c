/**
 * A folder's reconciliation: the tables are paired from their identities (`identityOf`), and the
 * sheets of each pair are read again to compare it, so memory holds one pair's tables at a time.
 * A file is opened once for the pairs it takes part in while they keep to a few files: a batch
 * workbook of a thousand pairs is not read and parsed again for each.
 */
import { detached, fullTable, identityOf, isDetached, LocatedTable, locateTables, mayPair, pairTables, TablePair } from '../core/reconcile/pair-tables';
import { PerformanceTable } from '../core/model/table';
import { comparableName } from '../core/reconcile/similarity';
import { pairingReport, PairReport, reconcilePair, ReconciliationReport, tableRef } from '../core/reconcile/reconcile';
import { groupBy } from '../core/group-by';
import { Lang } from '../core/rules/rule';
import { heapRoom } from '../hosts/file/xlsx-reader';
import { HEAP, OpenedSheets, OpenFailure, openSheets } from './open-file';

/** Files held open at once: a batch's two workbooks (this year's targets, last year's results) and a department's. */
export const OPEN_FILES = 4;
/** Bytes of the files held open at once, at most: a few batch workbooks, never four of the largest files read (200 MB each). */
export const OPEN_BYTES = 64 * 1024 * 1024;

type Reread = (identity: LocatedTable) => LocatedTable | null;

/**
 * Heap a row of a pair's tables costs while the pair is compared, both tables whole and their
 * indicators paired: last year's and this year's merge-heavy table ×2 (180,000 rows) needed ~780
 * bytes a row beyond the heap a host holds anyway (150 MB of old space), at ×6 (540,000 rows)
 * 620–710; with room. Each table within the reader's limits, a pair of them could still be more
 * than the heap holds, and ended with V8's out-of-memory abort.
 */
export const PAIR_ROW_BYTES = 900;

/** Rows a pair's tables may span together in this process's heap: 4.5 million in a 4 GB heap. */
export const MAX_PAIR_ROWS = Math.floor(heapRoom(HEAP) / PAIR_ROW_BYTES);

/**
 * Sheets whose recognised tables are kept for the next pairs: a pair's two. Tables stacked on one
 * sheet and paired with each other (a batch exported as one long sheet) read and recognise it once,
 * not once per table (400 tables, 200 pairs: 31 s).
 */
export const SHEETS_KEPT = 2;

/**
 * A value per key, made when first asked for and kept while among the `limit` last asked for and,
 * with `weigh`, while those weigh `most` in all (the one just asked for is kept whatever it weighs).
 */
export function lastUsed<V>(limit: number, weigh: (value: V) => number = () => 0, most = Infinity): (key: string, make: () => V) => V {
  const kept = new Map<string, V>();
  let weight = 0;
  return (key, make) => {
    const known = kept.has(key);
    const value = known ? (kept.get(key) as V) : make();
    if (!known) weight += weigh(value);
    kept.delete(key);
    kept.set(key, value);
    while (kept.size > 1 && (kept.size > limit || weight > most)) {
      const oldest = kept.keys().next().value as string;
      weight -= weigh(kept.get(oldest) as V);
      kept.delete(oldest);
    }
    return value;
  };
}

/** Indicators and tasks of the tables a batch keeps whole, at most (a few tens of megabytes). */
export const KEPT_ROWS = 50_000;

/**
 * What validation keeps of each table for reconciliation: its identity (`identityOf`), or, when a
 * table of the same name that it may pair with was met before, the table whole without its sheet
 * (`detached`, up to KEPT_ROWS in all), so that the later side of a pair is not read again. A batch
 * of 500 targets and their 500 self-evaluations read and recognised all 1,000 sheets again; a batch
 * of tables that pair with nothing keeps no more than before.
 */
export function pairingKeeper(): (located: LocatedTable) => LocatedTable {
  // The tables met under each name, one of each scope, kind and year (all mayPair reads): a name
  // that hundreds of a batch's tables share (办公经费) is not looked through whole for each of them.
  const seen = new Map<string, Map<string, PerformanceTable>>();
  let rows = 0;
  return (located) => {
    // A table read across sheets (a worksheet a page) cannot be read again from one sheet: kept whole.
    if (located.pages) return detached(located);
    const identity = identityOf(located);
    const name = comparableName(located.table.name?.text ?? '');
    if (name === '') return identity;
    let earlier = seen.get(name);
    let paired = false;
    for (const t of earlier?.values() ?? []) paired ||= mayPair(t, located.table);
    if (!earlier) seen.set(name, (earlier = new Map()));
    const kindAndYear = `${located.table.kind} ${located.table.fiscalYear}`;
    if (!earlier.has(kindAndYear)) earlier.set(kindAndYear, identity.table);
    const size = (located.table.indicators?.indicators.length ?? 0) + (located.table.tasks?.tasks.length ?? 0);
    if (!paired || rows + size > KEPT_ROWS) return identity;
    rows += size;
    return detached(located);
  };
}

/**
 * Reads again the whole table an identity stands for, from its file and sheet; null if it is gone.
 * The files opened last stay open (their bytes and shared strings, not their grids), each for the
 * sheets the pairs name in it, and the tables of the sheets read last are kept.
 */
function rereader(pairs: readonly TablePair[]): Reread {
  const byFile = groupBy(
    pairs.flatMap((p) => [p.reviewed, ...p.others]).filter((t) => !isDetached(t)),
    (t) => t.file,
  );
  const files = lastUsed<OpenedSheets | OpenFailure>(OPEN_FILES, (opened) => ('bytes' in opened ? opened.bytes : 0), OPEN_BYTES);
  const sheetTables = lastUsed<LocatedTable[] | null>(SHEETS_KEPT);
  return (identity) => {
    if (isDetached(identity)) return identity;
    const { file, sheet } = identity;
    const opened = files(file, () => openSheets(file, new Set((byFile.get(file) ?? [identity]).map((t) => t.sheet))));
    if ('failure' in opened) return null;
    const tables = sheetTables(`${file}\u0000${sheet}`, () => {
      const read = opened.sheet(sheet);
      // Kept without the sheet (comparing never reads it): a kept table must not hold its grid.
      return read === undefined || 'failure' in read ? null : locateTables(file, [read.grid]).map(detached);
    });
    return tables && fullTable(identity, tables);
  };
}

/** The pair with its tables whole, or null when a file changed or vanished since it was validated. */
function wholePair(pair: TablePair, reread: Reread): TablePair | null {
  const reviewed = reread(pair.reviewed);
  const others: LocatedTable[] = [];
  for (const o of pair.others) {
    const whole = reread(o);
    if (whole) others.push(whole);
  }
  return reviewed && others.length === pair.others.length ? { ...pair, reviewed, others } : null;
}

type TooLarge = NonNullable<ReconciliationReport['tooLarge']>;

/** The pairs whose tables span at most `maxPairRows` rows together, and the others as the report lists them. */
export function bySize(pairs: readonly TablePair[], maxPairRows: number): { within: TablePair[]; tooLarge: TooLarge } {
  const within: TablePair[] = [];
  const tooLarge: TooLarge = [];
  for (const pair of pairs) {
    const rows = [pair.reviewed, ...pair.others].reduce((n, t) => n + t.table.lastRow - t.table.firstRow + 1, 0);
    if (rows <= maxPairRows) within.push(pair);
    else tooLarge.push({ relation: pair.relation, reviewed: tableRef(pair.reviewed), others: pair.others.map(tableRef), rows, max: maxPairRows });
  }
  return { within, tooLarge };
}

/** Pairs the tables and compares each pair but those spanning more than `maxPairRows` rows together, which are reported as such. */
export function reconcileFiles(identities: readonly LocatedTable[], lang: Lang, maxPairRows = MAX_PAIR_ROWS): ReconciliationReport {
  const pairing = pairTables(identities);
  const { within, tooLarge } = bySize(pairing.pairs, maxPairRows);
  const reread = rereader(within);
  const reports: PairReport[] = [];
  for (const pair of within) {
    const whole = wholePair(pair, reread);
    if (whole) reports.push(reconcilePair(whole, { lang }));
  }
  return pairingReport(pairing, reports, tooLarge);
}
