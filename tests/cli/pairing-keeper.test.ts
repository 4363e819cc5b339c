/** What validation keeps of each table for reconciliation: an identity, or the table whole without its sheet. */
import { KEPT_ROWS, pairingKeeper } from '../../src/cli/reconcile-files';
import { isDetached, LocatedTable } from '../../src/core/reconcile/pair-tables';
import { PerformanceTable, TableKind } from '../../src/core/model/table';

/** A table as far as the keeper reads it: kind, name, year and how many indicator rows. */
function table(kind: TableKind, name: string, fiscalYear: number | null, rows = 10): LocatedTable {
  const indicators = Array.from({ length: rows }, (_, i) => ({ row: i }));
  const t = {
    kind,
    sheet: name,
    range: 'A1:H20',
    firstRow: 0,
    lastRow: 20,
    fiscalYear,
    name: { text: name, cell: 'B2' },
    indicators: { indicators },
    forEachText: () => undefined,
  } as unknown as PerformanceTable;
  return { file: 'batch.xlsx', sheet: name, table: t };
}

describe('pairingKeeper', () => {
  it.each<[string, LocatedTable[], boolean[]]>([
    ['a self-evaluation after its targets: the later kept whole', [table('project-targets', '培训项目', 2023), table('project-self-evaluation', '培训项目', 2023)], [false, true]],
    ['targets after their self-evaluation, names written apart', [table('project-self-evaluation', '培训 项目', 2023), table('project-targets', '培训项目', 2023)], [false, true]],
    ['this year after last year, one kind', [table('project-targets', '培训项目', 2022), table('project-targets', '培训项目', 2023)], [false, true]],
    ['the same table twice (same kind, same year): nothing to pair', [table('project-targets', '培训项目', 2023), table('project-targets', '培训项目', 2023)], [false, false]],
    ['other names', [table('project-targets', '培训项目', 2023), table('project-self-evaluation', '办公经费', 2023)], [false, false]],
    ['a department and a project of one name: other scopes', [table('department-targets', '区教育局', 2023), table('project-self-evaluation', '区教育局', 2023)], [false, false]],
    ['no name', [table('project-targets', '', 2023), table('project-self-evaluation', '', 2023)], [false, false]],
    [
      'many tables of one name: each compared with those of another kind or year met before',
      [table('project-targets', '办公经费', 2023), table('project-targets', '办公经费', 2023), table('project-targets', '办公经费', 2022), table('project-targets', '办公经费', 2023), table('department-targets', '办公经费', 2023), table('department-self-evaluation', '办公经费', 2023)],
      [false, false, true, true, false, true],
    ],
  ])('%s', (_what, tables, whole) => {
    const keep = pairingKeeper();
    const kept = tables.map(keep);
    expect(kept.map(isDetached)).toEqual(whole);
    for (const [i, k] of kept.entries()) {
      expect(k.table.name).toEqual(tables[i].table.name);
      // Whole: the blocks kept; an identity: only what pairing reads.
      expect(k.table.indicators === undefined).toBe(!whole[i]);
      expect(() => k.table.forEachText(() => undefined)).toThrow(/batch.xlsx/);
    }
  });

  it('keeps tables whole up to KEPT_ROWS indicator and task rows in all, identities after', () => {
    const keep = pairingKeeper();
    const rows = KEPT_ROWS / 4;
    const whole = Array.from({ length: 6 }, (_, i) => {
      keep(table('project-targets', `项目${i}`, 2023, rows));
      return isDetached(keep(table('project-self-evaluation', `项目${i}`, 2023, rows)));
    });
    expect(whole).toEqual([true, true, true, true, false, false]);
  });
});
