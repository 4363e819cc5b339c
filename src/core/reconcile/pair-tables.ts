/**
 * Which tables a reviewer reads together (DESIGN.md, Reconciliation): a self-evaluation with the
 * target table of the same project (or department) and year; a target table with last year's
 * self-evaluation of the same project, or last year's target table where no self-evaluation is
 * found; a department's overall table with the project tables whose 主管部门 it is. Names pair
 * when alike (`nameSimilarity`); a table with two candidates about as near is ambiguous, never
 * paired by guess.
 */
import { Grid } from '../grid/grid';
import { isSelfEvaluation, PerformanceTable } from '../model/table';
import { recognizeSheet } from '../recognize/recognize';
import { AMBIGUITY_MARGIN, comparableName, nameSimilarity, TABLE_NEAR } from './similarity';

/** A recognised table and where it was read. */
export interface LocatedTable {
  file: string;
  sheet: string;
  table: PerformanceTable;
}

/** Every recognised table of the grids, located in `file`. */
export function locateTables(file: string, grids: readonly Grid[]): LocatedTable[] {
  return grids.flatMap((grid) => recognizeSheet(grid).map((table) => ({ file, sheet: grid.name, table })));
}

/**
 * What pairing reads of a table — kind, name, 主管部门, year, place — without its blocks or its sheet:
 * a folder's tables are paired from these, so a batch never holds every table it has read, and the
 * tables of each pair are read again to be compared (`fullTable`).
 */
export function identityOf(located: LocatedTable): LocatedTable {
  const { file } = located;
  const { kind, sheet, range, firstRow, lastRow, fiscalYear, unit, name, supervisor } = located.table;
  // Strings only in the closure: capturing `located` would keep the whole table, and its sheet, alive.
  const forEachText = (): never => {
    throw new Error(`${file} ${sheet}: only the identity of this table was kept`);
  };
  return { file, sheet: located.sheet, table: { kind, sheet, range, firstRow, lastRow, fiscalYear, unit, name, supervisor, forEachText } };
}

/** The whole table an identity stands for, among the tables read again from its file; null if it is gone. */
export function fullTable(identity: LocatedTable, reread: readonly LocatedTable[]): LocatedTable | null {
  return reread.find((t) => t.sheet === identity.sheet && t.table.range === identity.table.range && t.table.kind === identity.table.kind) ?? null;
}

export type Relation = 'self-evaluation-vs-targets' | 'targets-vs-last-year' | 'projects-vs-department';

export interface TablePair {
  relation: Relation;
  /** The table whose cells carry the findings. */
  reviewed: LocatedTable;
  /** The approved targets, last year's table, or the department's project tables. */
  others: LocatedTable[];
  /** How alike the names are: 1 for the same name, less for a near one. */
  confidence: number;
}

export interface AmbiguousTable {
  relation: Relation;
  table: LocatedTable;
  candidates: LocatedTable[];
}

export interface TablePairing {
  pairs: TablePair[];
  ambiguous: AmbiguousTable[];
  /** Tables in no pair and not ambiguous. */
  unpaired: LocatedTable[];
}

/** A project's 主管部门 must name the department closely: shared words alone are not enough. */
const SAME_OWNER = 0.9;

const isProject = (t: PerformanceTable): boolean => t.kind.startsWith('project');
const sameScope = (a: PerformanceTable, b: PerformanceTable): boolean => isProject(a) === isProject(b);

/** The year relation holds; an unknown year matches any (the name must then carry the pair). */
function yearIs(table: PerformanceTable, year: number | null): boolean {
  return table.fiscalYear === null || year === null || table.fiscalYear === year;
}

/** Both tables name the same 主管部门. */
function sameOwner(a: LocatedTable, b: LocatedTable): boolean {
  const x = a.table.supervisor?.text;
  const y = b.table.supervisor?.text;
  return !!x && !!y && nameSimilarity(x, y) >= SAME_OWNER;
}

/** The clear best of the candidates by name, or the near ones when two are about as near. */
function best(of: LocatedTable, candidates: LocatedTable[], name: (t: LocatedTable) => string | undefined, floor = TABLE_NEAR): { pick: LocatedTable; confidence: number } | { tied: LocatedTable[] } | null {
  const own = of.table.name?.text;
  if (!own) return null;
  // The same name (once compared alike) needs no similarity: a folder of a thousand tables pairs in linear time.
  const key = comparableName(own);
  const same = candidates.filter((c) => comparableName(name(c) ?? '') === key);
  if (same.length === 1) return { pick: same[0], confidence: 1 };
  // Eighty departments' 办公经费 in one folder: the one of the same 主管部门 is meant.
  const sameOwned = same.filter((c) => sameOwner(of, c));
  if (sameOwned.length === 1) return { pick: sameOwned[0], confidence: 1 };
  const ranked = (same.length > 1 ? same : candidates)
    .map((c) => ({ c, s: nameSimilarity(own, name(c) ?? '') }))
    .filter((x) => x.s >= floor)
    // A candidate of the same year beats one whose year is unknown, and the same file beats another.
    .sort((a, b) => b.s - a.s || Number(b.c.table.fiscalYear !== null) - Number(a.c.table.fiscalYear !== null) || Number(b.c.file === of.file) - Number(a.c.file === of.file));
  if (ranked.length === 0) return null;
  const near = ranked.filter((x) => x.s >= ranked[0].s - AMBIGUITY_MARGIN);
  const owned = near.filter((x) => sameOwner(of, x.c));
  if (near.length > 1 && owned.length === 1) return { pick: owned[0].c, confidence: owned[0].s };
  if (near.length > 1 && !(near[0].c.file === of.file && near.filter((x) => x.c.file === of.file).length === 1)) return { tied: near.map((x) => x.c) };
  return { pick: ranked[0].c, confidence: ranked[0].s };
}

export function pairTables(tables: readonly LocatedTable[]): TablePairing {
  const pairs: TablePair[] = [];
  const ambiguous: AmbiguousTable[] = [];
  const targets = tables.filter((t) => !isSelfEvaluation(t.table.kind));
  const evaluations = tables.filter((t) => isSelfEvaluation(t.table.kind));
  const tableName = (t: LocatedTable): string | undefined => t.table.name?.text;

  const add = (relation: Relation, reviewed: LocatedTable, found: ReturnType<typeof best>): boolean => {
    if (found === null) return false;
    if ('tied' in found) ambiguous.push({ relation, table: reviewed, candidates: found.tied });
    else pairs.push({ relation, reviewed, others: [found.pick], confidence: found.confidence });
    return true;
  };

  // A self-evaluation against the targets approved for the same year.
  for (const e of evaluations) {
    add('self-evaluation-vs-targets', e, best(e, targets.filter((t) => sameScope(t.table, e.table) && yearIs(t.table, e.table.fiscalYear)), tableName));
  }
  // This year's targets against last year's results (or, failing those, last year's targets).
  for (const t of targets) {
    const year = t.table.fiscalYear;
    if (year === null) continue;
    const last = (list: LocatedTable[]): LocatedTable[] => list.filter((x) => sameScope(x.table, t.table) && x.table.fiscalYear === year - 1);
    if (!add('targets-vs-last-year', t, best(t, last(evaluations), tableName))) add('targets-vs-last-year', t, best(t, last(targets), tableName));
  }
  // A department's table against its projects' tables of the same kind and year.
  for (const d of tables.filter((t) => !isProject(t.table))) {
    const own = d.table.name?.text;
    if (!own) continue;
    const projects = tables.filter(
      (p) =>
        isProject(p.table) &&
        isSelfEvaluation(p.table.kind) === isSelfEvaluation(d.table.kind) &&
        yearIs(p.table, d.table.fiscalYear) &&
        nameSimilarity(own, p.table.supervisor?.text ?? '') >= SAME_OWNER,
    );
    if (projects.length > 0) {
      const confidence = Math.min(...projects.map((p) => nameSimilarity(own, p.table.supervisor?.text ?? '')));
      pairs.push({ relation: 'projects-vs-department', reviewed: d, others: projects, confidence });
    }
  }
  // A table that is ambiguous is listed there, not again among the unpaired.
  const placed = new Set([...pairs.flatMap((p) => [p.reviewed, ...p.others]), ...ambiguous.map((a) => a.table)]);
  return { pairs, ambiguous, unpaired: tables.filter((t) => !placed.has(t)) };
}

/**
 * The relation two tables named explicitly (`budget-check compare A B`, the pane's comparison)
 * stand in, whatever their names: the reviewed one first. Null when their kinds and years relate
 * in none of the ways above.
 */
export function explicitPair(a: LocatedTable, b: LocatedTable): TablePair | null {
  const make = (relation: Relation, reviewed: LocatedTable, other: LocatedTable): TablePair => ({
    relation,
    reviewed,
    others: [other],
    confidence: reviewed.table.name && other.table.name ? nameSimilarity(reviewed.table.name.text, other.table.name.text) : 0,
  });
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    const ex = isSelfEvaluation(x.table.kind);
    const ey = isSelfEvaluation(y.table.kind);
    if (!isProject(x.table) && isProject(y.table) && ex === ey) {
      // How surely the project is the department's: its 主管部门 against the department's name.
      const confidence = x.table.name && y.table.supervisor ? nameSimilarity(x.table.name.text, y.table.supervisor.text) : 0;
      return { relation: 'projects-vs-department', reviewed: x, others: [y], confidence };
    }
    if (!sameScope(x.table, y.table)) continue;
    if (ex && !ey && yearIs(y.table, x.table.fiscalYear)) return make('self-evaluation-vs-targets', x, y);
    const [xy, yy] = [x.table.fiscalYear, y.table.fiscalYear];
    if (!ex && xy !== null && yy !== null && xy === yy + 1) return make('targets-vs-last-year', x, y);
  }
  return null;
}
