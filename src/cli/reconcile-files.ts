/**
 * A folder's reconciliation: the tables are paired from their identities (`identityOf`), and the
 * two or three files of each pair are read again to compare it, so memory holds one pair at a time.
 */
import { fullTable, LocatedTable, locateTables, pairTables, TablePair } from '../core/reconcile/pair-tables';
import { pairingReport, PairReport, reconcilePair, ReconciliationReport } from '../core/reconcile/reconcile';
import { Lang } from '../core/rules/rule';
import { openGrids } from './open-file';

/** The whole table an identity stands for, read again from its file and sheet; null if it is gone. */
async function reread(identity: LocatedTable): Promise<LocatedTable | null> {
  const opened = await openGrids(identity.file, identity.sheet);
  if ('failure' in opened) return null;
  return fullTable(identity, locateTables(identity.file, opened.map((s) => s.grid)));
}

/** The pair with its tables whole, or null when a file changed or vanished since it was validated. */
async function wholePair(pair: TablePair): Promise<TablePair | null> {
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
  const reports: PairReport[] = [];
  for (const pair of pairing.pairs) {
    const whole = await wholePair(pair);
    if (whole) reports.push(reconcilePair(whole, { lang }));
  }
  return pairingReport(pairing, reports);
}
