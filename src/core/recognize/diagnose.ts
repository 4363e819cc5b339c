import { Grid } from '../grid/grid';
import { LabelMap, MAX_HEADER_LABELS } from './label-map';
import { isTitleLabel, LabelKind, labelIs } from './labels';

/** Why a sheet that looks like a performance table was not read as one. */
export interface Unrecognised {
  /** Stable id: `no-indicator-header`, `no-level2`, `no-level3`, `no-target-column`, `no-blocks`, `label-list`. */
  code: string;
  /** Where the table-like part is (a title, a 一级指标 label). */
  cell: string;
  /** What was looked for, in the sheet's own words. */
  lookedFor: string;
}

const LOOKED_FOR: Record<string, string> = {
  'no-level2': '二级指标',
  'no-level3': '三级指标 / 指标内容 / 指标名称',
  'no-target-column': '目标值 / 指标值 / 年度指标值',
  'no-indicator-header': '一级指标 | 二级指标 | 三级指标 | 目标值',
  'no-blocks': '一级指标 | 二级指标 | 三级指标 | 目标值；任务名称 + 预算金额；年度资金总额',
  'label-list': `一行至多 ${MAX_HEADER_LABELS} 个表头用语`,
};

/**
 * Called when no table was recognised: if the sheet holds something table-like (a title, a
 * 一级指标 label, a target column), says which required part is missing; null for a sheet with
 * nothing of a performance table (a cover, a note).
 */
export function explainUnrecognised(grid: Grid, labels = new LabelMap(grid)): Unrecognised | null {
  const first = (kind: LabelKind) => labels.hits.find((h) => labelIs(h.label, kind));
  const at = (h: { row: number; col: number }) => grid.masterAddress(h.row, h.col);
  const out = (code: string, h: { row: number; col: number }): Unrecognised => ({ code, cell: at(h), lookedFor: LOOKED_FOR[code] });
  const level1 = first('level1');
  if (level1) {
    if (labels.crowded(level1.row)) return out('label-list', level1);
    const row = labels.inRow(level1.row).filter((h) => h.col > level1.col);
    if (!row.some((h) => labelIs(h.label, 'level2'))) return out('no-level2', level1);
    if (!row.some((h) => labelIs(h.label, 'level3'))) return out('no-level3', level1);
    return out('no-target-column', level1);
  }
  const title = labels.hits.find((h) => isTitleLabel(h.label));
  const level3 = first('level3') ?? first('target');
  if (level3) return out('no-indicator-header', level3);
  if (title) return out('no-blocks', title);
  return null;
}
