/**
 * Web pages that hold a sheet, as the HTML reader meets them: Excel's own "Web page" save (what many
 * systems' "导出 Excel" imitates, named .xls): its XML island naming the sheet, numbers in `x:num`,
 * number formats as `mso-number-format` classes (text as `\@`), runs of spaces in `mso-spacerun` spans,
 * line breaks as `<br style='mso-data-placement:same-cell'>`, merged areas as rowspan and colspan.
 */
import iconv from 'iconv-lite';
import { Grid, GridCell } from '../../src/core/grid/grid';
import { typedNumber } from '../../src/hosts/file/markup-text';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A text as Excel writes it into a cell: runs of spaces (and spaces at either end) in spacerun spans, breaks as <br>. */
function excelText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      // A run inside a line keeps its last space plain (a place to wrap); one at either end is all &nbsp;.
      escape(line).replace(/(^ +| {2,}| +$)/g, (run, _r, at: number, whole: string) =>
        at === 0 || at + run.length === whole.length ? `<span style='mso-spacerun:yes'>${'&nbsp;'.repeat(run.length)}</span>` : `<span style='mso-spacerun:yes'>${'&nbsp;'.repeat(run.length - 1)} </span>`,
      ),
    )
    .join("<br style='mso-data-placement:same-cell' />");
}

export interface PageOptions {
  /** The page's charset: Excel in a Chinese Windows saves gb2312. */
  charset?: 'gb2312' | 'utf-8';
  /** The sheet's name in the XML island; none written when undefined. */
  name?: string;
}

/** The grid as Excel saves it as a single-file web page, encoded in the page's charset. */
export function excelWebPage(grid: Grid, options: PageOptions = {}): Uint8Array {
  const charset = options.charset ?? 'gb2312';
  const classes = new Map<string, string>();
  const classOf = (format: string): string => {
    let c = classes.get(format);
    if (!c) classes.set(format, (c = `xl${65 + classes.size}`));
    return c;
  };
  const rows: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const cells: string[] = [];
    for (let c = 0; c < grid.colCount; c++) {
      if (grid.isCovered(r, c)) continue;
      const m = grid.mergeAt(r, c);
      const span = m ? `${m.right > m.left ? ` colspan=${m.right - m.left + 1}` : ''}${m.bottom > m.top ? ` rowspan=${m.bottom - m.top + 1}` : ''}` : '';
      cells.push(`  <td${span}${cellAttributes(grid.cell(r, c), classOf)}>${cellContent(grid.cell(r, c))}</td>`);
    }
    rows.push(` <tr height=19 style='height:14.25pt'>\n${cells.join('\n')}\n </tr>`);
  }
  const css = [...classes].map(([format, c]) => `.${c}\n\t{mso-style-parent:style0;\n\tmso-number-format:"${format.replace(/[\\".@]/g, (ch) => `\\${ch}`)}";}`).join('\n');
  const island = options.name === undefined ? '' : `<!--[if gte mso 9]><xml>\n <x:ExcelWorkbook>\n  <x:ExcelWorksheets>\n   <x:ExcelWorksheet>\n    <x:Name>${escape(options.name)}</x:Name>\n   </x:ExcelWorksheet>\n  </x:ExcelWorksheets>\n </x:ExcelWorkbook>\n</xml><![endif]-->\n`;
  const page = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=${charset}">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<style>
<!--table
\t{mso-displayed-decimal-separator:"\\.";
\tmso-displayed-thousand-separator:"\\,";}
${css}
-->
</style>
${island}</head>

<body link="#0563C1" vlink="#954F72">

<table border=0 cellpadding=0 cellspacing=0 style='border-collapse:collapse;table-layout:fixed'>
${rows.join('\n')}
 <![if supportMisc]>
 <tr height=0 style='display:none'>
 </tr>
 <![endif]>
</table>

</body>

</html>
`;
  return new Uint8Array(charset === 'gb2312' ? iconv.encode(page, 'gb18030') : Buffer.from(page, 'utf8'));
}

/** A cell's attributes: its number (x:num), its formula (x:fmla), its format's class (text typed as a number: `\@`). */
function cellAttributes(cell: GridCell, classOf: (format: string) => string): string {
  const v = cell.value;
  let out = '';
  if (typeof v === 'number') {
    out += ` x:num="${v}"`;
    if (cell.format && cell.format !== 'General') out += ` class=${classOf(cell.format)}`;
  } else if (typeof v === 'string' && typedNumber(v.trim()) !== null) out += ` class=${classOf('@')}`;
  if (cell.formula) out += ` x:fmla="${escape(cell.formula)}"`;
  return out;
}

function cellContent(cell: GridCell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return excelText(String(v));
}

/**
 * The grid as Excel 2003 saves an "XML Spreadsheet" (what FreeMarker templates imitate, named .xls):
 * styles by id for number formats, each row's cells in order, ss:Index wherever a cell is not the
 * next one (after a gap, or after cells a merged area from above covers), MergeAcross and MergeDown,
 * formulas in R1C1 notation, UTF-8 declared.
 */
export function excelXmlSpreadsheet(sheets: { name: string; grid: Grid; hidden?: boolean }[]): Uint8Array {
  const styles = new Map<string, string>();
  const styleOf = (format: string): string => {
    let id = styles.get(format);
    if (!id) styles.set(format, (id = `s${62 + styles.size}`));
    return id;
  };
  const worksheets = sheets.map(({ name, grid, hidden }) => {
    const rows: string[] = [];
    let lastRow = -1;
    for (let r = 0; r < grid.rowCount; r++) {
      const cells: string[] = [];
      let last = -1;
      for (let c = 0; c < grid.colCount; c++) {
        if (grid.isCovered(r, c)) continue;
        const cell = grid.cell(r, c);
        const m = grid.mergeAt(r, c);
        if (cell.value === null && !cell.formula && !m) continue;
        let attrs = c === last + 1 ? '' : ` ss:Index="${c + 1}"`;
        if (m && m.right > m.left) attrs += ` ss:MergeAcross="${m.right - m.left}"`;
        if (m && m.bottom > m.top) attrs += ` ss:MergeDown="${m.bottom - m.top}"`;
        if (cell.format && cell.format !== 'General') attrs += ` ss:StyleID="${styleOf(cell.format)}"`;
        if (cell.formula) attrs += ` ss:Formula="${escape(r1c1(cell.formula, r, c))}"`;
        const v = cell.value;
        const data = v === null ? '' : typeof v === 'number' ? `<Data ss:Type="Number">${v}</Data>` : typeof v === 'boolean' ? `<Data ss:Type="Boolean">${v ? 1 : 0}</Data>` : `<Data ss:Type="String">${escape(String(v)).replace(/\n/g, '&#10;')}</Data>`;
        cells.push(`    <Cell${attrs}>${data}</Cell>`);
        last = m ? m.right : c;
      }
      if (cells.length === 0) continue;
      rows.push(`   <Row${r === lastRow + 1 ? '' : ` ss:Index="${r + 1}"`}>\n${cells.join('\n')}\n   </Row>`);
      lastRow = r;
    }
    const options = hidden ? '\n  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">\n   <Visible>SheetHidden</Visible>\n  </WorksheetOptions>' : '';
    return ` <Worksheet ss:Name="${escape(name)}">\n  <Table ss:ExpandedColumnCount="${grid.colCount}" ss:ExpandedRowCount="${grid.rowCount}" x:FullColumns="1" x:FullRows="1">\n${rows.join('\n')}\n  </Table>${options}\n </Worksheet>`;
  });
  const styleXml = [...styles].map(([format, id]) => `  <Style ss:ID="${id}">\n   <NumberFormat ss:Format="${escape(format)}"/>\n  </Style>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
  <Author>财政局</Author>
 </DocumentProperties>
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal">
   <Alignment ss:Vertical="Center"/>
   <Font ss:FontName="宋体" x:CharSet="134" ss:Size="11"/>
  </Style>
${styleXml}
 </Styles>
${worksheets.join('\n')}
</Workbook>
`;
  return new Uint8Array(Buffer.from(xml, 'utf8'));
}

/** An A1 formula in R1C1 notation, as seen from row, col: references relative unless `$` fixes them. */
function r1c1(formula: string, row: number, col: number): string {
  return formula.replace(/(^|[^A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_m, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    const c = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r = Number(digits) - 1;
    const rr = rowAbs ? `R${r + 1}` : r === row ? 'R' : `R[${r - row}]`;
    const cc = colAbs ? `C${c + 1}` : c === col ? 'C' : `C[${c - col}]`;
    return `${before}${rr}${cc}`;
  });
}

/**
 * The grid as a system's tab-separated 导出 Excel writes it (PHP's `implode("\t", $row)` named .xls):
 * each row a line, each cell its shown text (a covered cell empty), a field with a tab, a quote or a
 * line break quoted, a code with a leading zero as ="…" so Excel keeps it; UTF-8 with a byte-order mark,
 * or GBK.
 */
export function tabSeparated(grid: Grid, options: { charset?: 'utf-8' | 'gbk' } = {}): Uint8Array {
  const lines: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const fields: string[] = [];
    for (let c = 0; c < grid.colCount; c++) {
      const text = grid.isCovered(r, c) ? '' : grid.text(r, c);
      fields.push(/^0\d/.test(text) ? `="${text}"` : /[\t"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    }
    lines.push(fields.join('\t'));
  }
  const text = `${lines.join('\r\n')}\r\n`;
  return new Uint8Array(options.charset === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}
