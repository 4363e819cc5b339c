import { defineRule } from './rule';

const MARKUP = /<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>|&(nbsp|lt|gt|amp|quot|#\d+);/;

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
    for (const field of table.texts) {
      const m = MARKUP.exec(field.text);
      if (m) report({ cell: field.cell, data: { markup: m[0] } });
    }
  },
});
