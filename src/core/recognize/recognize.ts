import { CellRange, rangeToA1 } from '../grid/address';
import { Grid } from '../grid/grid';
import { fold } from '../grid/text';
import { Field, PerformanceTable, TableKind } from '../model/table';
import { below, fieldAt, rightOf, valueRight } from './cells';
import { readFundBlock } from './fund-block';
import { IndicatorHeader, indicatorHeaderAt, readIndicatorBlock } from './indicator-block';
import { Hit, LabelMap } from './label-map';
import { labelIs } from './labels';
import { readTaskBlock } from './task-block';

type AnchorKind = 'title' | 'task-header' | 'fund' | 'project-name' | 'indicator-header';

interface Anchor {
  kind: AnchorKind;
  hit: Hit;
  indicatorHeader?: IndicatorHeader;
}

/**
 * Finds every performance table on a sheet by its labels. Never throws on odd input: a sheet
 * without a table gives an empty list.
 */
export function recognizeSheet(grid: Grid): PerformanceTable[] {
  const labels = new LabelMap(grid);
  const groups = groupAnchors(findAnchors(labels));
  const tables: PerformanceTable[] = [];
  let top = 0;
  for (let i = 0; i < groups.length; i++) {
    const nextStart = i + 1 < groups.length ? groups[i + 1][0].hit.row : grid.rowCount;
    const table = readTable(grid, labels, groups[i], top, nextStart - 1);
    if (table) {
      tables.push(table);
      top = table.lastRow + 1;
    }
  }
  return tables;
}

function findAnchors(labels: LabelMap): Anchor[] {
  const anchors: Anchor[] = [];
  for (const hit of labels.hits) {
    const is = (k: Parameters<typeof labelIs>[1]): boolean => labelIs(hit.label, k);
    if (is('department-title') || is('project-title')) anchors.push({ kind: 'title', hit });
    else if (is('project-name')) anchors.push({ kind: 'project-name', hit });
    else if (is('fund-total')) anchors.push({ kind: 'fund', hit });
    else if (is('task-name') && hasAmountHeader(labels, hit)) anchors.push({ kind: 'task-header', hit });
    else if (is('level1')) {
      const indicatorHeader = indicatorHeaderAt(labels, hit);
      if (indicatorHeader) anchors.push({ kind: 'indicator-header', hit, indicatorHeader });
    }
  }
  return anchors;
}

function hasAmountHeader(labels: LabelMap, hit: Hit): boolean {
  return labels.hits.some(
    (h) =>
      h.row >= hit.row &&
      h.row <= hit.row + 2 &&
      h.col > hit.col &&
      (labelIs(h.label, 'budget') || labelIs(h.label, 'amount-total') || labelIs(h.label, 'amount-part')),
  );
}

/** Splits anchors (in sheet order) into tables: a title or a repeated block starts the next table. */
function groupAnchors(anchors: Anchor[]): Anchor[][] {
  const groups: Anchor[][] = [];
  let current: Anchor[] | null = null;
  for (const a of anchors) {
    const has = (k: AnchorKind): boolean => current !== null && current.some((x) => x.kind === k);
    const startsNew =
      current === null ||
      (a.kind === 'title' && current.some((x) => x.kind !== 'title')) ||
      (a.kind !== 'title' && (has(a.kind) || has('indicator-header')));
    if (startsNew) {
      current = [];
      groups.push(current);
    }
    current!.push(a);
  }
  // Label words on their own (a 项目名称 in a list, a title with nothing under it) are not tables.
  return groups.filter((g) => g.some((a) => a.kind === 'indicator-header' || a.kind === 'task-header' || a.kind === 'fund'));
}

function readTable(grid: Grid, labels: LabelMap, anchors: Anchor[], top: number, bottom: number): PerformanceTable | null {
  const get = (k: AnchorKind): Anchor | undefined => anchors.find((a) => a.kind === k);
  const title = get('title');
  const taskHeader = get('task-header');
  const fund = get('fund');
  const indicatorAnchor = get('indicator-header');
  const kind: TableKind =
    title && labelIs(title.hit.label, 'project-title')
      ? 'project-targets'
      : title || taskHeader
        ? 'department-targets'
        : fund || get('project-name')
          ? 'project-targets'
          : 'department-targets';
  const firstBlockRow = Math.min(...anchors.filter((a) => a.kind !== 'title').map((a) => a.hit.row));
  const headerBottom = firstBlockRow - 1;
  const indicatorRow = indicatorAnchor ? indicatorAnchor.hit.row : bottom + 1;

  const table: PerformanceTable = {
    kind,
    sheet: grid.name,
    range: '',
    firstRow: Math.min(...anchors.map((a) => a.hit.row)),
    lastRow: Math.max(...anchors.map((a) => below(grid, a.hit.row, a.hit.col) - 1)),
    fiscalYear: null,
    unit: null,
    forEachText(visit) {
      grid.forEachCell(
        (row, col, cell) => {
          if (typeof cell.value === 'string') visit(cell.value, row, col);
        },
        table.firstRow,
        table.lastRow,
      );
    },
  };
  const extend = (row: number): void => {
    table.lastRow = Math.max(table.lastRow, row);
  };
  if (title) table.title = fieldAt(grid, title.hit.row, title.hit.col);

  const blockUnits: (string | undefined)[] = [];
  if (kind === 'department-targets') {
    table.name = labeledValue(grid, labels, 'department-name', top, indicatorRow);
  } else {
    table.name = labeledValue(grid, labels, 'project-name', top, indicatorRow);
  }
  table.supervisor = labeledValue(grid, labels, 'supervisor', top, indicatorRow);

  if (taskHeader) {
    const stop = Math.min(indicatorRow, labels.first('goal', taskHeader.hit.row + 1, bottom)?.row ?? indicatorRow);
    const reading = readTaskBlock(grid, labels, taskHeader.hit, bottom, stop);
    table.tasks = reading.block;
    blockUnits.push(reading.unit);
    extend(reading.lastRow);
  }
  const fundReading = fund && readFundBlock(grid, labels, fund.hit);
  if (fundReading) {
    const reading = fundReading;
    table.funds = reading.block;
    blockUnits.push(reading.unit, ...labels.find('fund-block', top, indicatorRow).map((h) => h.label.unit));
    extend(reading.lastRow);
  }

  const goalHit = labels.first('goal', top, indicatorRow - 1);
  if (goalHit) {
    table.goalLabelCell = grid.masterAddress(goalHit.row, goalHit.col);
    table.goal = goalValue(grid, labels, goalHit);
    extend(below(grid, goalHit.row, goalHit.col) - 1);
  }

  if (indicatorAnchor?.indicatorHeader) {
    const reading = readIndicatorBlock(grid, indicatorAnchor.indicatorHeader, bottom);
    table.indicators = reading.block;
    extend(reading.lastRow);
  }

  // Header lines above the first block: year, unit, title.
  const headerHits = labels.hits.filter((h) => h.row >= top && h.row <= headerBottom);
  const yearHit = headerHits.find((h) => h.label.year !== undefined);
  if (yearHit) {
    table.fiscalYear = yearHit.label.year!;
    table.fiscalYearCell = grid.address(yearHit.row, yearHit.col);
  } else {
    const fromText = yearInHeaderText(grid, top, headerBottom);
    const fromSheet = /((?:19|20)\d{2})/.exec(fold(grid.name));
    if (fromText) {
      table.fiscalYear = fromText.year;
      table.fiscalYearCell = fromText.cell;
    } else if (fromSheet) table.fiscalYear = Number(fromSheet[1]);
  }
  const unitHit = headerHits.find((h) => labelIs(h.label, 'unit-line'));
  if (unitHit) {
    table.unit = unitHit.label.unit!;
    table.unitCell = grid.address(unitHit.row, unitHit.col);
  } else {
    table.unit = blockUnits.find((u) => u !== undefined) ?? null;
  }

  // Header lines above the first anchor belong to the table; a table never starts below its anchors.
  table.firstRow = Math.min(table.firstRow, headerHits[0]?.row ?? table.firstRow);
  const range: CellRange = { top: table.firstRow, left: 0, bottom: table.lastRow, right: Math.max(0, grid.colCount - 1) };
  table.range = rangeToA1(range);
  return table;
}

function labeledValue(grid: Grid, labels: LabelMap, kind: 'department-name' | 'project-name' | 'supervisor', top: number, before: number): Field | undefined {
  const hit = labels.first(kind, top, before - 1);
  return hit ? valueRight(grid, labels, hit.row, hit.col) : undefined;
}

/**
 * 年度总体目标's text: beside the label, or under it when the label heads a column. When both
 * are blank, the empty cell beside the label, which is where the goal belongs.
 */
function goalValue(grid: Grid, labels: LabelMap, hit: Hit): Field {
  const right = valueRight(grid, labels, hit.row, hit.col);
  if (right) return right;
  const r = below(grid, hit.row, hit.col);
  if (r < grid.rowCount && !labels.at(r, hit.col) && grid.text(r, hit.col) !== '') return fieldAt(grid, r, hit.col);
  const c = rightOf(grid, hit.row, hit.col);
  return { text: '', cell: grid.masterAddress(hit.row, c < grid.colCount ? c : hit.col) };
}

function yearInHeaderText(grid: Grid, top: number, bottom: number): { year: number; cell: string } | null {
  let found: { year: number; cell: string } | null = null;
  grid.forEachCell(
    (row, col, cell) => {
      if (found || typeof cell.value !== 'string' || cell.value.length > 40) return;
      const m = /((?:19|20)\d{2})\s*年度/.exec(fold(cell.value));
      if (m) found = { year: Number(m[1]), cell: grid.address(row, col) };
    },
    top,
    bottom,
  );
  return found;
}
