import { Grid } from '../grid/grid';
import { AmountField, Task, TaskBlock, TaskGroup } from '../model/table';
import { labelKey } from '../grid/text';
import { amountAt, below, fieldAt, rightOf } from './cells';
import { Hit, LabelMap } from './label-map';
import { labelIs } from './labels';

/** 小计 rows, numbered or named (小计, 一、小计, 基本支出小计). */
const SUBTOTAL = /^.{0,8}小计$/;
/** A numbered heading over the tasks under it: 一、基本支出, （二）项目支出. */
const HEADING = /^([一二三四五六七八九十]+[、.,]|\([一二三四五六七八九十]+\))/;

export interface TaskBlockReading {
  block: TaskBlock;
  lastRow: number;
  /** Unit named in the amount header (`预算金额（万元）`). */
  unit?: string;
}

/**
 * Reads the department task block under its 任务名称 header: one task per row, amounts in the
 * 总额 / 其中 columns (one or two header rows), up to the 金额合计 row or the first block after it.
 */
export function readTaskBlock(grid: Grid, labels: LabelMap, header: Hit, bottom: number, stopRow: number): TaskBlockReading {
  const nameCol = header.col;
  // Header rows: the 任务名称 cell's own rows, plus a sub-header row of 总额 / 其中 labels.
  let headerLast = below(grid, header.row, header.col) - 1;
  const isAmountLabel = (h: Hit): boolean => labelIs(h.label, 'amount-total') || labelIs(h.label, 'amount-part');
  // Its 任务名称 cell blank, or 任务名称 again (the two-row cell undone and filled down).
  const nameBelow = grid.ownText(headerLast + 1, nameCol);
  if ((nameBelow === '' || nameBelow === grid.ownText(header.row, header.col)) && labels.inRow(headerLast + 1).some((h) => h.col > nameCol && isAmountLabel(h))) {
    headerLast++;
  }
  const headerHits = labels.inRows(header.row, headerLast).filter((h) => h.col > nameCol);
  const content = headerHits.find((h) => labelIs(h.label, 'task-content'));
  const totalHit = headerHits.find((h) => labelIs(h.label, 'amount-total') || labelIs(h.label, 'grand-total'));
  const partHits = headerHits.filter((h) => labelIs(h.label, 'amount-part')).sort((a, b) => a.col - b.col);
  const budget = headerHits.find((h) => labelIs(h.label, 'budget'));
  const total = totalHit ?? (partHits.length === 0 ? budget : undefined);
  const used = [header, content, total, budget, ...partHits].filter((h): h is Hit => h !== undefined);
  const dataStart = Math.max(headerLast + 1, ...used.map((h) => below(grid, h.row, h.col)));
  const columns = { total: total?.col, parts: partHits.map((h) => h.col) };
  const unit = [budget, total, ...partHits].find((h) => h?.label.unit)?.label.unit;
  const amountCols = [columns.total, ...columns.parts].filter((c): c is number => c !== undefined);
  const lastLabelCol = Math.max(nameCol, content?.col ?? nameCol);

  const block: TaskBlock = { columns, tasks: [], groups: [] };
  let open: TaskGroup | null = null;
  // Where the tasks of the next 小计 begin: after the last 小计 or heading.
  let subtotalFrom = 0;
  // Texts of a row are read up to its first amount column.
  const textsEnd = Math.min(...amountCols, grid.colCount);
  let lastRow = dataStart - 1;
  let blanks = 0;
  for (let r = dataStart; r <= bottom && r < stopRow; r++) {
    const rowLabels = labels.inRow(r);
    const totalLabel = rowLabels.length === 0 ? undefined : rowLabels.find((h) => h.col <= lastLabelCol && labelIs(h.label, 'grand-total'));
    const amounts = (cols: number[]): AmountField[] => cols.map((c) => amountAt(grid, r, c));
    if (totalLabel && !SUBTOTAL.test(labelKey(grid.text(totalLabel.row, totalLabel.col)))) {
      block.totalRow = {
        row: r,
        label: fieldAt(grid, r, totalLabel.col),
        total: columns.total !== undefined ? amountAt(grid, r, columns.total) : undefined,
        parts: amounts(columns.parts),
      };
      lastRow = r;
      // A 合计 row right under the header heads the tasks below it; anywhere else it ends them.
      if (block.tasks.length > 0) break;
      continue;
    }
    const ownAmounts = amountCols.some((c) => grid.ownText(r, c) !== '' || grid.cell(r, c).formula !== undefined);
    const name = grid.ownText(r, nameCol);
    const contentText = content ? grid.ownText(r, content.col) : '';
    if (name === '' && contentText === '' && !ownAmounts) {
      // A blank row, or the second row of a task whose cells are merged vertically.
      if (!grid.isCovered(r, nameCol) && ++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    const texts: string[] = [];
    for (let c = nameCol; c < textsEnd; c = rightOf(grid, r, c)) {
      const text = grid.text(r, c);
      if (text !== '') texts.push(text);
    }
    const row: Task = {
      row: r,
      texts,
      name: fieldAt(grid, r, nameCol),
      content: content ? fieldAt(grid, r, content.col) : undefined,
      total: columns.total !== undefined ? amountAt(grid, r, columns.total) : undefined,
      parts: amounts(columns.parts),
    };
    lastRow = r;
    const key = labelKey(row.name.text);
    const group = (kind: TaskGroup['kind'], children: Task[]): TaskGroup => ({ kind, row: r, label: row.name, total: row.total, parts: row.parts, children });
    if (SUBTOTAL.test(key)) {
      // 小计: the leaves since the last subtotal or heading.
      block.groups.push(group('subtotal', block.tasks.slice(subtotalFrom)));
      subtotalFrom = block.tasks.length;
      open = null;
    } else if (/^其中/.test(key)) {
      block.groups.push(group('breakdown', []));
    } else if (HEADING.test(key)) {
      open = group('heading', []);
      block.groups.push(open);
      subtotalFrom = block.tasks.length;
    } else {
      block.tasks.push(row);
      open?.children.push(row);
    }
  }
  return { block, lastRow, unit };
}
