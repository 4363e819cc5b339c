import { rangeToA1, toA1 } from '../grid/address';
import { TableKind } from '../model/table';
import { getProfile, ProfileId } from '../rules/profiles';
import { CellSpec, CellStyle, InputPrompt, ListValidation, ROLE_STYLES, SheetSpec } from './sheet-spec';
import { translator } from '../i18n/i18n';
import { Lang } from '../rules/rule';
import { finishForm } from './form';
import './messages';

export interface BlankOptions {
  kind: TableKind;
  year: number;
  /** Task rows of a department table. */
  tasks?: number;
  /** Empty indicator rows under each 二级. */
  indicatorsPerLevel2?: number;
  profile?: ProfileId;
  unit?: string;
  lang?: Lang;
  /** Protect the sheet (default true): inputs unlocked, formulas locked. */
  protect?: boolean;
  password?: string;
}

const TITLE: CellStyle = { bold: true, size: 16, horizontal: 'center', vertical: 'middle' };
const HEADER: CellStyle = { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, fill: '#F2F2F2' };
const LABEL: CellStyle = { horizontal: 'center', vertical: 'middle', wrap: true, border: true };
const BOX: CellStyle = { vertical: 'middle', wrap: true, border: true };
const AMOUNT: CellStyle = { border: true, numberFormat: '#,##0.00', vertical: 'middle' };

/** Builds sheets cell by cell, in zero-based coordinates, with merges recorded as A1 ranges. */
class Layout {
  readonly cells: CellSpec[] = [];
  readonly merges: string[] = [];
  readonly lists: ListValidation[] = [];
  readonly prompts: InputPrompt[] = [];
  readonly rowHeights: Record<number, number> = {};

  put(row: number, col: number, spec: Omit<CellSpec, 'address'>, to?: { row: number; col: number }): string {
    const address = toA1(row, col);
    this.cells.push({ address, ...spec });
    if (to && (to.row !== row || to.col !== col)) {
      const range = rangeToA1({ top: row, left: col, bottom: to.row, right: to.col });
      this.merges.push(range);
      // Borders belong to every cell of a merged area, or Excel draws them only round the first.
      for (let r = row; r <= to.row; r++) for (let c = col; c <= to.col; c++) if (r !== row || c !== col) this.cells.push({ address: toA1(r, c), role: 'label', style: spec.style });
      return range;
    }
    return address;
  }
}

const input = (style: CellStyle): CellStyle => ({ ...style, ...ROLE_STYLES.input });
const formula = (style: CellStyle): CellStyle => ({ ...style, ...ROLE_STYLES.formula });

/** A ready-to-fill table of either family, from scratch: labels, inputs, formulas, lists. */
export function blankTemplate(options: BlankOptions): SheetSpec {
  const profile = getProfile(options.profile);
  const unit = options.unit ?? '万元';
  const t = translator(options.lang ?? 'zh-CN');
  const l = new Layout();
  const project = options.kind === 'project-targets';
  l.put(0, 0, { role: 'label', value: project ? '项目支出绩效目标表' : '部门（单位）整体支出绩效目标表', style: TITLE }, { row: 0, col: 6 });
  l.rowHeights[0] = 30;
  l.put(1, 0, { role: 'label', value: `（${options.year} 年度）`, style: { horizontal: 'center' } }, { row: 1, col: 6 });
  l.put(2, 6, { role: 'label', value: `单位：${unit}`, style: { horizontal: 'right' } });

  let row: number;
  const dataRows = new Set<number>();
  if (!project) {
    l.put(3, 0, { role: 'label', value: '部门（单位）名称', style: LABEL });
    l.put(3, 1, { role: 'input', value: null, style: input(BOX) }, { row: 3, col: 2 });
    l.put(3, 3, { role: 'label', value: '主管部门', style: LABEL });
    l.put(3, 4, { role: 'input', value: null, style: input(BOX) }, { row: 3, col: 6 });
    l.put(4, 0, { role: 'label', value: '任务名称', style: HEADER }, { row: 5, col: 0 });
    l.put(4, 1, { role: 'label', value: '主要内容', style: HEADER }, { row: 5, col: 3 });
    l.put(4, 4, { role: 'label', value: `预算金额（${unit}）`, style: HEADER }, { row: 4, col: 6 });
    l.put(5, 4, { role: 'label', value: '总额', style: HEADER });
    l.put(5, 5, { role: 'label', value: '其中：财政拨款', style: HEADER });
    l.put(5, 6, { role: 'label', value: '其中：其他资金', style: HEADER });
    const tasks = Math.max(1, options.tasks ?? 10);
    const first = 6;
    for (let i = 0; i < tasks; i++) {
      const r = first + i;
      dataRows.add(r);
      l.put(r, 0, { role: 'input', value: null, style: input(BOX) });
      l.put(r, 1, { role: 'input', value: null, style: input(BOX) }, { row: r, col: 3 });
      l.put(r, 4, { role: 'formula', formula: `=${toA1(r, 5)}+${toA1(r, 6)}`, style: formula(AMOUNT) });
      l.put(r, 5, { role: 'input', value: null, style: input(AMOUNT) });
      l.put(r, 6, { role: 'input', value: null, style: input(AMOUNT) });
    }
    const total = first + tasks;
    l.put(total, 0, { role: 'label', value: '金额合计', style: HEADER });
    l.put(total, 1, { role: 'label', value: '', style: BOX }, { row: total, col: 3 });
    for (const col of [4, 5, 6]) {
      l.put(total, col, { role: 'formula', formula: `=SUM(${rangeToA1({ top: first, left: col, bottom: total - 1, right: col })})`, style: formula(AMOUNT) });
    }
    row = total + 1;
    l.put(row, 0, { role: 'label', value: '年度总体目标', style: LABEL });
  } else {
    l.put(3, 0, { role: 'label', value: '项目名称', style: LABEL });
    l.put(3, 1, { role: 'input', value: null, style: input(BOX) }, { row: 3, col: 6 });
    l.put(4, 0, { role: 'label', value: '主管部门', style: LABEL });
    l.put(4, 1, { role: 'input', value: null, style: input(BOX) }, { row: 4, col: 2 });
    l.put(4, 3, { role: 'label', value: '实施单位', style: LABEL });
    l.put(4, 4, { role: 'input', value: null, style: input(BOX) }, { row: 4, col: 6 });
    l.put(5, 0, { role: 'label', value: `项目资金（${unit}）`, style: LABEL }, { row: 7, col: 0 });
    l.put(5, 1, { role: 'label', value: '年度资金总额', style: LABEL }, { row: 5, col: 2 });
    l.put(5, 3, { role: 'formula', formula: `=${toA1(6, 3)}+${toA1(7, 3)}`, style: formula(AMOUNT) }, { row: 5, col: 6 });
    l.put(6, 1, { role: 'label', value: '其中：财政拨款', style: LABEL }, { row: 6, col: 2 });
    l.put(6, 3, { role: 'input', value: null, style: input(AMOUNT) }, { row: 6, col: 6 });
    l.put(7, 1, { role: 'label', value: '其他资金', style: LABEL }, { row: 7, col: 2 });
    l.put(7, 3, { role: 'input', value: null, style: input(AMOUNT) }, { row: 7, col: 6 });
    row = 8;
    l.put(row, 0, { role: 'label', value: '年度目标', style: LABEL });
  }
  l.put(row, 1, { role: 'input', value: null, style: input(BOX) }, { row, col: 6 });
  l.rowHeights[row] = 60;

  const header = row + 1;
  l.put(header, 1, { role: 'label', value: '一级指标', style: HEADER });
  l.put(header, 2, { role: 'label', value: '二级指标', style: HEADER });
  if (project) {
    l.put(header, 3, { role: 'label', value: '三级指标', style: HEADER }, { row: header, col: 4 });
    l.put(header, 5, { role: 'label', value: '指标值', style: HEADER });
    l.put(header, 6, { role: 'label', value: '备注', style: HEADER });
  } else {
    l.put(header, 3, { role: 'label', value: '三级指标', style: HEADER }, { row: header, col: 5 });
    l.put(header, 6, { role: 'label', value: '目标值', style: HEADER });
  }
  const per = Math.max(1, options.indicatorsPerLevel2 ?? 2);
  const nameTo = project ? 4 : 5;
  const targetCol = project ? 5 : 6;
  const level1s = Object.keys(profile.taxonomy);
  let r = header + 1;
  for (const level1 of level1s) {
    const level2s = profile.taxonomy[level1];
    const start = r;
    for (const level2 of level2s) {
      const range2 = l.put(r, 2, { role: 'label', value: level2, style: LABEL }, { row: r + per - 1, col: 2 });
      l.lists.push({ range: range2, list: [...level2s] });
      for (let i = 0; i < per; i++, r++) {
        dataRows.add(r);
        l.put(r, 3, { role: 'input', value: null, style: input(BOX) }, { row: r, col: nameTo });
        const target = l.put(r, targetCol, { role: 'input', value: null, style: input(BOX) });
        l.prompts.push({ range: target, title: t('template:targetPromptTitle'), message: t('template:targetPrompt') });
        if (project) l.put(r, 6, { role: 'input', value: null, style: input(BOX) });
      }
    }
    const range1 = l.put(start, 1, { role: 'label', value: level1, style: LABEL }, { row: r - 1, col: 1 });
    l.lists.push({ range: range1, list: level1s });
  }
  l.put(header, 0, { role: 'label', value: project ? '绩效指标' : '年度绩效指标', style: LABEL }, { row: r - 1, col: 0 });

  const spec: SheetSpec = {
    name: project ? `${options.year}项目` : `${options.year}年度`,
    columnWidths: project ? [14, 16, 16, 22, 22, 16, 14] : [16, 20, 16, 18, 14, 14, 16],
    rowHeights: l.rowHeights,
    cells: l.cells,
    merges: l.merges,
    lists: l.lists,
    prompts: l.prompts,
  };
  return finishForm(spec, {
    kind: options.kind,
    year: options.year,
    unit,
    profile: profile.id,
    lang: options.lang ?? 'zh-CN',
    protect: options.protect,
    password: options.password,
    rows: { first: 0, last: r - 1 },
    columns: { left: 0, right: 6 },
    bodyTop: 3,
    titleRows: { first: 0, last: 3 },
    dataRows,
  });
}
