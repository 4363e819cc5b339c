import { toA1 } from '../grid/address';
import { defineRule } from './rule';

/**
 * A tag (`<p>`, `</div>`, `<br/>`, Word's `<o:p>`) or a character entity (`&nbsp;`, `&ldquo;`,
 * `&#160;`, `&#x3000;`). `<5%` and `≥100` are comparisons, not tags.
 */
const MARKUP = /<\/?[a-zA-Z][a-zA-Z0-9]*(:[a-zA-Z][a-zA-Z0-9]*)?(\s[^<>]*)?\/?>|&([a-zA-Z][a-zA-Z0-9]{1,7}|#\d+|#x[0-9a-fA-F]+);/;

export default defineRule({
  meta: {
    code: 'markup-in-text',
    severity: 'info',
    category: 'text',
    docs: { 'zh-CN': '单元格中粘贴了 HTML 等标记（如 <p>）。', 'en-US': 'HTML or other markup pasted into a cell (<p>).' },
    messages: {
      default: {
        'zh-CN': '单元格含有网页标记“{{markup}}”，可能是从系统中复制粘贴带来的',
        'en-US': 'The cell contains markup “{{markup}}”, probably pasted from a web system',
      },
    },
  },
  check({ table, report }) {
    table.forEachText((text, row, col) => {
      const m = (text.includes('<') || text.includes('&')) && MARKUP.exec(text);
      if (m) report({ cell: toA1(row, col), data: { markup: m[0] } });
    });
  },
});
