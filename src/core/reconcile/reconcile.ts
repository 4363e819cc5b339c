/**
 * Reconciliation across tables (DESIGN.md): pairs the tables found (`pairTables`) or named
 * (`explicitPair`), pairs their indicators, and runs the reconciliation rules on each pair.
 */
import { translator } from '../i18n/i18n';
import { sortFindings } from '../validate';
import { Finding, Lang } from '../rules/rule';
import { externalRef } from './compare';
import { IndicatorPairing, pairIndicators } from './pair-indicators';
import { AmbiguousTable, LocatedTable, pairTables, Relation, TablePair, TablePairing } from './pair-tables';
import { RECONCILE_RULES } from './registry';

export interface ReconcileOptions {
  lang?: Lang;
  /** Rules switched off by code. */
  rules?: Readonly<Record<string, boolean>>;
}

/** A cell of another table: which file, which sheet. */
export interface Location {
  file: string;
  sheet: string;
  cell: string;
}

/** A finding of a pair: `related` is Excel's name for the other cell (`'[file]sheet'!C5`). */
export interface ReconcileFinding extends Finding {
  relatedLocation?: Location;
}

/** Where a table is and what it is, as the report lists it. */
export interface TableRef {
  file: string;
  sheet: string;
  /** On `sheet`: a table printed a worksheet a page, its part on its first page. */
  range: string;
  /** A table printed a worksheet a page: the sheets it runs over, its first page's first. */
  pages?: string[];
  kind: string;
  fiscalYear: number | null;
  name: string | null;
}

/** One pair in the report: which tables, how sure, which indicators went together, what differs. */
export interface PairReport {
  relation: Relation;
  reviewed: TableRef;
  others: TableRef[];
  confidence: number;
  indicators: {
    pairs: { reviewed: string; other: string; name: string; confidence: number }[];
    added: number;
    removed: number;
    ambiguous: number;
  };
  findings: ReconcileFinding[];
}

export interface ReconciliationReport {
  pairs: PairReport[];
  /** Tables with two or more candidates about as near: not paired. */
  ambiguous: { relation: Relation; table: TableRef; candidates: TableRef[] }[];
  unpaired: TableRef[];
  /**
   * Pairs made but not compared: their tables span more rows together than the host's memory
   * compares at once (the CLI's `maxPairRows`). Absent when there is none.
   */
  tooLarge?: { relation: Relation; reviewed: TableRef; others: TableRef[]; rows: number; max: number }[];
}

export function tableRef(t: LocatedTable): TableRef {
  const range = t.pages ? t.pages.rangeOnFirst(t.table.range) : t.table.range;
  const ref: TableRef = { file: t.file, sheet: t.sheet, range, kind: t.table.kind, fiscalYear: t.table.fiscalYear, name: t.table.name?.text || null };
  if (t.pages) ref.pages = t.pages.sheetsOf(t.table.firstRow, t.table.lastRow);
  return ref;
}

/** A cell of the table as its sheet's cell: one read across sheets (a worksheet a page) has it on its own page. */
function onSheet(t: LocatedTable, cell: string): { sheet: string; cell: string } {
  return t.pages ? t.pages.place(cell) : { sheet: t.sheet, cell };
}

/** A cell of the table as written from its first sheet: `'第2页'!D3` for one on another page. */
function fromFirst(t: LocatedTable, cell: string): string {
  return t.pages ? t.pages.refFrom(t.sheet, cell) : cell;
}

const NO_INDICATORS: IndicatorPairing = { pairs: [], added: [], removed: [], ambiguous: [] };

/** Runs every reconciliation rule of the pair's relation. */
export function reconcilePair(pair: TablePair, options: ReconcileOptions = {}): PairReport {
  const t = translator(options.lang ?? 'zh-CN');
  const other = pair.others[0];
  const indicators =
    pair.relation === 'projects-vs-department' ? NO_INDICATORS : pairIndicators(pair.reviewed.table.indicators?.indicators ?? [], other.table.indicators?.indicators ?? []);
  const findings: ReconcileFinding[] = [];
  for (const rule of RECONCILE_RULES) {
    const { meta } = rule;
    if (!meta.relations.includes(pair.relation) || options.rules?.[meta.code] === false) continue;
    rule.check({
      pair,
      indicators,
      report(r) {
        const finding: ReconcileFinding = {
          code: meta.code,
          severity: meta.severity,
          sheet: pair.reviewed.sheet,
          cell: r.cell,
          message: t(`rules:${meta.code}.${r.messageId ?? 'default'}`, r.data),
        };
        if (r.related) {
          const at = onSheet(r.related.table, r.related.cell);
          finding.related = externalRef(r.related.table.file, at.sheet, at.cell);
          finding.relatedLocation = { file: r.related.table.file, ...at };
        }
        if (r.expected !== undefined) finding.expected = r.expected;
        if (r.actual !== undefined) finding.actual = r.actual;
        findings.push(finding);
      },
    });
  }
  return {
    relation: pair.relation,
    reviewed: tableRef(pair.reviewed),
    others: pair.others.map(tableRef),
    confidence: pair.confidence,
    indicators: {
      pairs: indicators.pairs.map((p) => ({ reviewed: fromFirst(pair.reviewed, p.reviewed.name.cell), other: fromFirst(other, p.other.name.cell), name: p.reviewed.name.text, confidence: p.confidence })),
      added: indicators.added.length,
      removed: indicators.removed.length,
      ambiguous: indicators.ambiguous.length,
    },
    // Sorted on the table's cells, then each put on its own sheet (a table read across sheets).
    findings: (sortFindings(findings) as ReconcileFinding[]).map((f) => (pair.reviewed.pages ? { ...f, ...onSheet(pair.reviewed, f.cell) } : f)),
  };
}

/** Pairs every table given and reconciles each pair. */
export function reconcileTables(tables: readonly LocatedTable[], options: ReconcileOptions = {}): ReconciliationReport {
  const pairing = pairTables(tables);
  return pairingReport(pairing, pairing.pairs.map((p) => reconcilePair(p, options)));
}

/** The report of a pairing whose pairs were reconciled (in order, or some left out) as `reports`. */
export function pairingReport(pairing: TablePairing, reports: PairReport[], tooLarge: NonNullable<ReconciliationReport['tooLarge']> = []): ReconciliationReport {
  const report: ReconciliationReport = {
    pairs: reports,
    ambiguous: pairing.ambiguous.map((a: AmbiguousTable) => ({ relation: a.relation, table: tableRef(a.table), candidates: a.candidates.map(tableRef) })),
    unpaired: pairing.unpaired.map(tableRef),
  };
  if (tooLarge.length > 0) report.tooLarge = tooLarge;
  return report;
}