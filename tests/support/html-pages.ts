/**
 * Web pages that hold a sheet, as the HTML reader meets them: Excel's own "Web page" save (what many
 * systems' "导出 Excel" imitates, named .xls): its XML island naming the sheet, numbers in `x:num`,
 * number formats as `mso-number-format` classes (text as `\@`), runs of spaces in `mso-spacerun` spans,
 * line breaks as `<br style='mso-data-placement:same-cell'>`, merged areas as rowspan and colspan.
 */
import iconv from 'iconv-lite';
import { Grid, GridCell } from '../../src/core/grid/grid';
import { typedNumber } from '../../src/hosts/file/html-reader';

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
