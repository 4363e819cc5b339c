/**
 * Which tables a reviewer reads together (DESIGN.md, Reconciliation): a self-evaluation with the
 * target table of the same project (or department) and year; a target table with last year's
 * self-evaluation of the same project, or last year's target table where no self-evaluation is
 * found; a department's overall table with the project tables whose 主管部门 it is. Names pair
 * when alike (`nameSimilarity`); a table with two candidates about as near is ambiguous, never
 * paired by guess.
 */
import { Grid } from '../grid/grid';
import { Pages } from '../grid/pages';
import { isSelfEvaluation, PerformanceTable } from '../model/table';
import { recognizeSheet } from '../recognize/recognize';
import { groupBy } from '../group-by';
import { AMBIGUITY_MARGIN, comparableName, nameSimilarity, nearAmong, TABLE_NEAR } from './similarity';

/** A recognised table and where it was read. */
export interface LocatedTable {
  file: string;
  /** Its sheet; for a table printed a worksheet a page, its first page's. */
  sheet: string;
  table: PerformanceTable;
  /** A table read across sheets (a worksheet a page): its cells are the stacked grid's, each on its own sheet by these. */
  pages?: Pages;
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
  return { file, sheet: located.sheet, table: { kind, sheet, range, firstRow, lastRow, fiscalYear, unit, name, supervisor, forEachText }, pages: located.pages };
}

/** Tables kept whole for comparing (`detached`): a pair's table so kept is not read again. */
const kept = new WeakSet<PerformanceTable>();

/**
 * The table whole without its sheet (`forEachText` is the one part that reads the sheet, and pairing
 * and comparing never call it): a batch keeps a table so when it already holds the other side of a
 * likely pair, and that table is then not read again (`isDetached`).
 */
export function detached(located: LocatedTable): LocatedTable {
  const { file, sheet } = located;
  const forEachText = (): never => {
    throw new Error(`${file} ${sheet}: this table was kept without its sheet`);
  };
  const table = { ...located.table, forEachText };
  kept.add(table);
  return { file, sheet, table, pages: located.pages };
}

export function isDetached(located: LocatedTable): boolean {
  return kept.has(located.table);
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

/**
 * Tables of one name that may be two sides of a pair (a cheap test, made as tables are read, before
 * anything is paired): of one scope, and a self-evaluation and targets, or two years.
 */
export function mayPair(a: PerformanceTable, b: PerformanceTable): boolean {
  return sameScope(a, b) && (isSelfEvaluation(a.kind) !== isSelfEvaluation(b.kind) || a.fiscalYear !== b.fiscalYear);
}

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

type Near = (name: string, floor: number) => readonly LocatedTable[];

/**
 * Candidates for one relation: those of each name (once compared alike) at hand, those whose names
 * may be near one found by their characters (`nearAmong`), and among many tables of one name those
 * whose 主管部门 may be (a thousand counties' 办公经费: each 主管部门 compared with every other, 3 s).
 */
interface Pool {
  byName: Map<string, LocatedTable[]>;
  near: Near;
  /** By `byName` list, made when first looked in. */
  owners: Map<LocatedTable[], Near>;
}

function poolOf(all: LocatedTable[]): Pool {
  const nameOf = (c: LocatedTable): string => c.table.name?.text ?? '';
  return { byName: groupBy(all, (c) => comparableName(nameOf(c))), near: nearAmong(all, nameOf), owners: new Map() };
}

/** The candidates of `list` (one `byName` list) naming the same 主管部门 as `of`. */
function ownedAmong(of: LocatedTable, list: LocatedTable[], pool: Pool): LocatedTable[] {
  const mine = of.table.supervisor?.text;
  if (!mine) return [];
  let near = pool.owners.get(list);
  if (!near) pool.owners.set(list, (near = nearAmong(list, (c) => c.table.supervisor?.text ?? '')));
  return near(mine, SAME_OWNER).filter((c) => sameOwner(of, c));
}

/** The clear best of the candidates by name, or the near ones when two are about as near. */
function best(of: LocatedTable, candidates: Pool, floor = TABLE_NEAR): { pick: LocatedTable; confidence: number } | { tied: LocatedTable[] } | null {
  const own = of.table.name?.text;
  if (!own) return null;
  // The same name (once compared alike) needs no similarity, and is looked up, not searched for:
  // a folder of a thousand tables pairs in linear time.
  const same = candidates.byName.get(comparableName(own)) ?? [];
  if (same.length === 1) return { pick: same[0], confidence: 1 };
  // Eighty departments' 办公经费 in one folder: the one of the same 主管部门 is meant.
  const sameOwned = ownedAmong(of, same, candidates);
  if (sameOwned.length === 1) return { pick: sameOwned[0], confidence: 1 };
  // A batch holds many tables of each name: each name is compared once.
  const scores = new Map<string, number>();
  const score = (name: string): number => {
    let s = scores.get(name);
    if (s === undefined) scores.set(name, (s = nameSimilarity(own, name)));
    return s;
  };
  const ranked = (same.length > 1 ? same : candidates.near(own, floor))
    .map((c) => ({ c, s: score(c.table.name?.text ?? '') }))
    .filter((x) => x.s >= floor)
    // A candidate of the same year beats one whose year is unknown, and the same file beats another.
    .sort((a, b) => b.s - a.s || Number(b.c.table.fiscalYear !== null) - Number(a.c.table.fiscalYear !== null) || Number(b.c.file === of.file) - Number(a.c.file === of.file));
  if (ranked.length === 0) return null;
  const near = ranked.filter((x) => x.s >= ranked[0].s - AMBIGUITY_MARGIN);
  // Tables of one name are all as near (1), and those of the same 主管部门 among them were not one.
  const owned = same.length > 1 ? [] : near.filter((x) => sameOwner(of, x.c));
  if (near.length > 1 && owned.length === 1) return { pick: owned[0].c, confidence: owned[0].s };
  if (near.length > 1 && !(near[0].c.file === of.file && near.filter((x) => x.c.file === of.file).length === 1)) return { tied: near.map((x) => x.c) };
  return { pick: ranked[0].c, confidence: ranked[0].s };
}

export function pairTables(tables: readonly LocatedTable[]): TablePairing {
  const pairs: TablePair[] = [];
  const ambiguous: AmbiguousTable[] = [];
  const targets = tables.filter((t) => !isSelfEvaluation(t.table.kind));
  const evaluations = tables.filter((t) => isSelfEvaluation(t.table.kind));
  // Each relation's candidates, gathered once per scope and year rather than once per table.
  const pools = new Map<string, Pool>();
  const pool = (key: string, make: () => LocatedTable[]): Pool => {
    let p = pools.get(key);
    if (!p) pools.set(key, (p = poolOf(make())));
    return p;
  };

  const add = (relation: Relation, reviewed: LocatedTable, found: ReturnType<typeof best>): boolean => {
    if (found === null) return false;
    if ('tied' in found) ambiguous.push({ relation, table: reviewed, candidates: found.tied });
    else pairs.push({ relation, reviewed, others: [found.pick], confidence: found.confidence });
    return true;
  };

  // A self-evaluation against the targets approved for the same year.
  for (const e of evaluations) {
    const scope = isProject(e.table);
    const year = e.table.fiscalYear;
    add('self-evaluation-vs-targets', e, best(e, pool(`approved ${scope} ${year}`, () => targets.filter((t) => sameScope(t.table, e.table) && yearIs(t.table, year)))));
  }
  // This year's targets against last year's results (or, failing those, last year's targets).
  for (const t of targets) {
    const year = t.table.fiscalYear;
    if (year === null) continue;
    const scope = isProject(t.table);
    const last = (name: string, list: LocatedTable[]): Pool => pool(`${name} ${scope} ${year - 1}`, () => list.filter((x) => sameScope(x.table, t.table) && x.table.fiscalYear === year - 1));
    if (!add('targets-vs-last-year', t, best(t, last('results', evaluations)))) add('targets-vs-last-year', t, best(t, last('targets', targets)));
  }
  // A department's table against its projects' tables of the same kind and year. Projects are
  // grouped by the 主管部门 they name, and a department compares its name only with those an index
  // of them finds near it (a thousand departments, a thousand 主管部门: a million comparisons).
  const projectTables = tables.filter((t) => isProject(t.table));
  const supervisorOf = (i: number): string => projectTables[i].table.supervisor?.text ?? '';
  const bySupervisor = groupBy(projectTables.map((_, i) => i).filter((i) => supervisorOf(i) !== ''), supervisorOf);
  const supervisors = nearAmong([...bySupervisor.keys()], (text) => text);
  for (const d of tables.filter((t) => !isProject(t.table))) {
    const own = d.table.name?.text;
    if (!own) continue;
    // Each project table naming it alike, by its place in the list, with how alike.
    const ownership = new Map<number, number>();
    for (const text of supervisors(own, SAME_OWNER)) {
      const s = nameSimilarity(own, text);
      if (s >= SAME_OWNER) for (const i of bySupervisor.get(text)!) ownership.set(i, s);
    }
    const owned = [...ownership.keys()]
      .sort((a, b) => a - b)
      .filter((i) => isSelfEvaluation(projectTables[i].table.kind) === isSelfEvaluation(d.table.kind) && yearIs(projectTables[i].table, d.table.fiscalYear));
    if (owned.length > 0) pairs.push({ relation: 'projects-vs-department', reviewed: d, others: owned.map((i) => projectTables[i]), confidence: Math.min(...owned.map((i) => ownership.get(i)!)) });
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
