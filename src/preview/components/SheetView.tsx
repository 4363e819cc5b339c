import { Caption1, makeStyles, mergeClasses, shorthands, Tab, TabList, tokens } from '@fluentui/react-components';
import { CSSProperties, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { columnLetters, parseA1, toA1 } from '../../core/grid/address';
import { Grid } from '../../core/grid/grid';
import { MARK_COLORS, markedCells } from '../../hosts/marks';
import { displayCell } from '../format';
import { PreviewHost } from '../preview-host';

const ROW_HEIGHT = 22;
const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 48;
const OVERSCAN = 20;
/** Sheets up to this many rows are drawn whole; larger ones only around what is in view. */
const DRAW_WHOLE = 600;
/** The same for columns: a table has a handful, a stray cell at XFD makes 16,384. */
const DRAW_WHOLE_COLUMNS = 100;
const OVERSCAN_COLUMNS = 5;

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' },
  scroller: { position: 'relative', overflow: 'auto', flexGrow: 1, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  canvas: { position: 'relative' },
  cell: {
    position: 'absolute',
    boxSizing: 'border-box',
    padding: '0 4px',
    ...shorthands.borderRight('1px', 'solid', tokens.colorNeutralStroke3),
    ...shorthands.borderBottom('1px', 'solid', tokens.colorNeutralStroke3),
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    fontSize: tokens.fontSizeBase200,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'cell',
  },
  numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', zIndex: 2 },
  header: {
    position: 'absolute',
    boxSizing: 'border-box',
    textAlign: 'center',
    fontSize: tokens.fontSizeBase100,
    lineHeight: `${HEADER_HEIGHT - 1}px`,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderRight('1px', 'solid', tokens.colorNeutralStroke2),
    ...shorthands.borderBottom('1px', 'solid', tokens.colorNeutralStroke2),
    zIndex: 3,
  },
  status: {
    minHeight: '2.5em',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    ...shorthands.borderTop('1px', 'solid', tokens.colorNeutralStroke2),
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** Where the scroller is and how much it shows: which rows, columns and headers to draw. */
function measure(el: HTMLElement): { top: number; left: number; height: number; width: number } {
  return { top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight, width: el.clientWidth };
}

/** The first column whose right edge is past x, by halving (`lefts[c]` is column c's left edge, one more than there are columns). */
function columnAt(lefts: readonly number[], x: number): number {
  let lo = 0;
  let hi = lefts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lefts[mid + 1] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Props {
  host: PreviewHost;
}

/** The active sheet drawn as Excel would: merged cells spanned, numbers formatted, marks coloured. */
export function SheetView({ host }: Props) {
  const styles = useStyles();
  const subscribe = useCallback((l: () => void) => host.subscribe(l), [host]);
  const revision = useSyncExternalStore(subscribe, () => host.revision);
  const sheet = host.activeSheet;
  const [grid, setGrid] = useState<Grid | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, height: 0, width: 0 });
  const [focus, setFocus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void host.readSheet(sheet).then((g) => live && setGrid(g));
    return () => {
      live = false;
    };
  }, [host, sheet, revision]);

  const meta = host.sheets.find((s) => s.name === sheet);
  const widths = useMemo(() => {
    const n = Math.max(grid?.colCount ?? 0, meta?.columnWidths.length ?? 0, 1);
    return Array.from({ length: n }, (_, c) => meta?.columnWidths[c] ?? 69);
  }, [grid, meta]);
  const lefts = useMemo(() => {
    const out = [ROW_HEADER_WIDTH];
    for (const w of widths) out.push(out[out.length - 1] + w);
    return out;
  }, [widths]);

  const sheetMarks = host.marksOf(sheet);
  const marks = useMemo(() => markedCells(sheetMarks), [sheetMarks]);
  const selected = host.selected?.sheet === sheet ? host.selected.cell : null;

  // Bring the selected cell into view (a finding was clicked in the pane).
  useEffect(() => {
    const el = scroller.current;
    if (!el || !selected || !grid) return;
    const at = parseA1(selected);
    const p = grid.master(at.row, at.col);
    const top = HEADER_HEIGHT + p.row * ROW_HEIGHT;
    const left = lefts[p.col] ?? ROW_HEADER_WIDTH;
    if (top < el.scrollTop + HEADER_HEIGHT || top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    if (left < el.scrollLeft + ROW_HEADER_WIDTH || left + (widths[p.col] ?? 0) > el.scrollLeft + el.clientWidth) el.scrollLeft = Math.max(0, left - el.clientWidth / 3);
    setView(measure(el));
  }, [selected, grid, lefts, widths]);

  useEffect(() => {
    if (scroller.current) setView(measure(scroller.current));
  }, [grid]);

  const rows = grid?.rowCount ?? 0;
  // Before the scroller is measured, a large sheet's first rows and columns.
  const whole = rows <= DRAW_WHOLE;
  const first = whole || view.height === 0 ? 0 : Math.max(0, Math.floor((view.top - HEADER_HEIGHT) / ROW_HEIGHT) - OVERSCAN);
  const last = whole ? rows - 1 : view.height === 0 ? DRAW_WHOLE - 1 : Math.min(rows - 1, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const allColumns = widths.length <= DRAW_WHOLE_COLUMNS;
  const firstCol = allColumns || view.width === 0 ? 0 : Math.max(0, columnAt(lefts, view.left) - OVERSCAN_COLUMNS);
  const lastCol = allColumns ? widths.length - 1 : view.width === 0 ? DRAW_WHOLE_COLUMNS - 1 : Math.min(widths.length - 1, columnAt(lefts, view.left + view.width) + OVERSCAN_COLUMNS);

  // Rebuilt when the drawn rows, the marks or the selection change; not on hover or on scrolling
  // within the rows already drawn.
  const cells = useMemo(() => {
    const cells: JSX.Element[] = [];
    if (!grid) return cells;
    const drawn = new Set<string>();
    for (let r = first; r <= last; r++) {
      // A merged area reaching in from the left is drawn from its first covered cell in view.
      for (let c = firstCol; c <= Math.min(lastCol, grid.colCount - 1); c++) {
        const merge = grid.mergeAt(r, c);
        const mr = merge ? merge.top : r;
        const mc = merge ? merge.left : c;
        const address = toA1(mr, mc);
        if (drawn.has(address)) continue;
        drawn.add(address);
        const cell = grid.cell(mr, mc);
        const { text, numeric } = displayCell(cell);
        const found = marks.get(address);
        if (text === '' && !found && address !== selected && !merge) continue;
        const severity = found?.severity;
        const style: CSSProperties = {
          top: HEADER_HEIGHT + mr * ROW_HEIGHT,
          left: lefts[mc],
          width: (merge ? lefts[merge.right + 1] : lefts[mc + 1]) - lefts[mc],
          height: ((merge ? merge.bottom : mr) - mr + 1) * ROW_HEIGHT,
          ...(severity ? { backgroundColor: MARK_COLORS[severity].fill, color: MARK_COLORS[severity].font } : {}),
          // Cells merged down several rows show their text centred, wrapped, as Excel does.
          ...(merge && merge.bottom > merge.top ? { whiteSpace: 'normal', lineHeight: '1.35', display: 'flex', alignItems: 'center' } : {}),
        };
        const tip = [text, ...(found?.findings.map((f) => f.message) ?? [])].filter(Boolean).join('\n');
        cells.push(
          <div
            key={address}
            className={mergeClasses(styles.cell, numeric && styles.numeric, address === selected && styles.selected)}
            style={style}
            data-testid="grid-cell"
            data-address={address}
            data-mark={severity}
            data-selected={address === selected ? 'true' : undefined}
            title={tip || undefined}
            tabIndex={found ? 0 : undefined}
            aria-label={found ? tip : undefined}
            onFocus={() => setFocus(address)}
            onMouseEnter={() => setFocus(address)}
            onClick={() => void host.select(sheet, address)}
          >
            {text}
          </div>,
        );
      }
    }
    return cells;
  }, [grid, first, last, firstCol, lastCol, marks, selected, lefts, styles, host, sheet]);

  const headers: JSX.Element[] = [];
  for (let c = firstCol; c <= lastCol; c++) {
    headers.push(
      <div key={`c${c}`} className={styles.header} style={{ top: view.top, left: lefts[c], width: widths[c], height: HEADER_HEIGHT }} aria-hidden>
        {columnLetters(c)}
      </div>,
    );
  }
  for (let r = first; r <= last; r++) {
    headers.push(
      <div key={`r${r}`} className={styles.header} style={{ top: HEADER_HEIGHT + r * ROW_HEIGHT, left: view.left, width: ROW_HEADER_WIDTH, height: ROW_HEIGHT }} aria-hidden>
        {r + 1}
      </div>,
    );
  }
  headers.push(<div key="corner" className={styles.header} style={{ top: view.top, left: view.left, width: ROW_HEADER_WIDTH, height: HEADER_HEIGHT, zIndex: 4 }} aria-hidden />);

  const shown = focus ?? selected;
  const shownMessages = shown ? (marks.get(shown)?.findings.map((f) => f.message) ?? []) : [];
  return (
    <section className={styles.view} aria-label={sheet}>
      <div
        ref={scroller}
        className={styles.scroller}
        data-testid="grid"
        data-sheet={sheet}
        data-rows={rows}
        onScroll={(e) => setView(measure(e.currentTarget))}
      >
        <div className={styles.canvas} style={{ width: lefts[widths.length], height: HEADER_HEIGHT + rows * ROW_HEIGHT }}>
          {headers}
          {cells}
        </div>
      </div>
      <Caption1 className={styles.status} data-testid="cell-status" aria-live="polite">
        {shown ? [shown, ...shownMessages].join(' · ') : '\u00a0'}
      </Caption1>
      {host.sheets.length > 1 && (
        <TabList selectedValue={sheet} onTabSelect={(_e, d) => host.activate(String(d.value))} size="small">
          {host.sheets.map((s) => (
            <Tab key={s.name} value={s.name} data-testid="sheet-tab" data-sheet={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      )}
    </section>
  );
}
