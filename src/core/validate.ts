import { Grid } from './grid/grid';
import { Pages } from './grid/pages';
import { parseA1, SHEET_COLUMNS } from './grid/address';
import './i18n/common';
import { Translate, translator } from './i18n/i18n';
import { ScoringSettings, UNCHECKED_SPLITS, WEIGHT_SPLITS, WeightSplit } from './compute/scoring';
import { PerformanceTable } from './model/table';
import { LabelMap } from './recognize/label-map';
import { eachTable } from './recognize/recognize';
import { getProfile, ProfileId, profileOf } from './rules/profiles';
import { RULES } from './rules/registry';
import { Patch } from './compute/patch';
import { Finding, Lang, MessageData, RuleContext, RuleMeta, SEVERITY_ORDER } from './rules/rule';

export interface ValidateOptions {
  profile?: ProfileId;
  /** Self-evaluation weight split; the profile's when absent. */
  weights?: WeightSplit;
  lang?: Lang;
  /** Rules switched on or off by code; every rule is on unless set to false. */
  rules?: Readonly<Record<string, boolean>>;
}

export interface TableResult {
  table: PerformanceTable;
  findings: Finding[];
}
/** The self-evaluation weight split in force: the one asked for, else the profile's. */
export function scoringFor(options: ValidateOptions): ScoringSettings {
  return options.weights ? WEIGHT_SPLITS[options.weights] : UNCHECKED_SPLITS[getProfile(options.profile).weights];
}

/**
 * Runs every enabled rule over one recognised table; findings in sheet order (row, then column).
 * With `pages`, the table was read from sheets stacked into one grid: each finding goes back to its
 * own sheet and cell, and the cells and rows its message names with it.
 */
export function checkTable(table: PerformanceTable, options: ValidateOptions = {}, pages?: Pages): Finding[] {
  const findings: Finding[] = [];
  // One context for all the rules of a table, reporting for the rule running (rules are
  // synchronous), and messages translated only once there is one: a batch checks a thousand
  // tables, most with nothing to report.
  let meta: RuleMeta = RULES[0].meta;
  let t: Translate | undefined;
  const context: RuleContext = {
    table,
    profile: getProfile(options.profile ?? profileOf(table)),
    scoring: scoringFor(options),
    report(r) {
      t ??= translator(options.lang ?? 'zh-CN');
      const finding: Finding = {
        code: meta.code,
        severity: meta.severity,
        sheet: table.sheet,
        cell: r.cell,
        message: t(`rules:${meta.code}.${r.messageId ?? 'default'}`, pages && r.data ? dataOnPage(r.data, pages, r.cell) : r.data),
      };
      if (r.related !== undefined) finding.related = r.related;
      if (r.expected !== undefined) finding.expected = r.expected;
      if (r.actual !== undefined) finding.actual = r.actual;
      if (r.fix !== undefined) finding.fix = r.fix;
      findings.push(finding);
    },
  };
  for (const rule of RULES) {
    if (options.rules?.[rule.meta.code] === false) continue;
    if (table.fragment && rule.meta.wholeTable) continue;
    meta = rule.meta;
    rule.check(context);
  }
  sortFindings(findings);
  if (pages) for (const f of findings) placeOnPage(f, pages);
  return findings;
}

/**
 * Message data naming a cell (the first of a repeated name, a department's duties) or a row (an
 * unnamed indicator's), as keyed by the rules' messages: written as seen from the finding's sheet.
 */
const CELL_DATA = ['first', 'duties'];
const ROW_DATA = 'row';

function dataOnPage(data: MessageData, pages: Pages, cell: string): MessageData {
  const from = pages.place(cell).sheet;
  const out = { ...data };
  for (const key of CELL_DATA) if (typeof out[key] === 'string') out[key] = pages.refFrom(from, out[key] as string);
  if (typeof out[ROW_DATA] === 'number') out[ROW_DATA] = pages.rowNumber((out[ROW_DATA] as number) - 1);
  return out;
}

/** A finding on stacked sheets put back on its own sheet, with the cells its fix writes and reads. */
function placeOnPage(f: Finding, pages: Pages): void {
  const at = pages.place(f.cell);
  if (f.related !== undefined) f.related = pages.refFrom(at.sheet, f.related);
  f.sheet = at.sheet;
  f.cell = at.cell;
  if (f.fix !== undefined) f.fix = f.fix.map((p) => patchOnPage(p, pages));
}

function patchOnPage(p: Patch, pages: Pages): Patch {
  const to = pages.place(p.cell);
  return p.op === 'set-formula' ? { ...p, ...to, formula: pages.formulaFrom(to.sheet, p.formula) } : { ...p, ...to };
}

/** Findings in sheet order (row, then column, severity and code), each once; sorted in place. */
export function sortFindings(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  // Each finding's place read once, as one number (row-major), not looked up in every comparison.
  const keyed = findings.map((f) => {
    const { row, col } = parseA1(f.cell);
    return { f, at: row * SHEET_COLUMNS + col, severity: SEVERITY_ORDER[f.severity] };
  });
  keyed.sort((a, b) => a.at - b.at || a.severity - b.severity || a.f.code.localeCompare(b.f.code));
  // A finding reported twice, word for word (two lines reading one merged cell), is listed once: looked
  // for among the findings kept since the run of its cell and code began, which the sort puts together.
  let n = 0;
  let run = 0;
  for (let i = 0; i < keyed.length; i++) {
    const { f, at } = keyed[i];
    if (i === 0 || at !== keyed[i - 1].at || f.code !== keyed[i - 1].f.code) run = n;
    else if (repeats(findings, run, n, f.message)) continue;
    findings[n++] = f;
  }
  findings.length = n;
  return findings;
}

/** A message among findings[from, to). */
function repeats(findings: readonly Finding[], from: number, to: number, message: string): boolean {
  for (let j = from; j < to; j++) if (findings[j].message === message) return true;
  return false;
}

/** Recognises every table on a sheet and checks each; an empty list means no table. */
export function validateGrid(grid: Grid, options: ValidateOptions = {}, labels = new LabelMap(grid)): TableResult[] {
  const results: TableResult[] = [];
  eachResult(grid, options, labels, (result) => results.push(result));
  return results;
}

/**
 * validateGrid one table at a time (`eachTable`): each is checked as soon as it is read and handed
 * on, so a caller that keeps only its findings lets the table go before the next is read.
 */
export function eachResult(grid: Grid, options: ValidateOptions, labels: LabelMap, visit: (result: TableResult) => void, pages?: Pages): void {
  eachTable(grid, labels, (table) => visit({ table, findings: checkTable(table, options, pages) }));
}
