import { fmt, scoresOf, valuePatch } from './evaluation';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'missing-total-score',
    severity: 'error',
    category: 'scores',
    docs: {
      'zh-CN': '自评表的总分（合计得分）为空。',
      'en-US': 'A self-evaluation whose total score (总分) is blank.',
    },
    wholeTable: true,
    messages: {
      default: { 'zh-CN': '总分未填写（计算总分 {{computed}}）', 'en-US': 'The total score is blank (computed: {{computed}})' },
      noComputed: { 'zh-CN': '总分未填写', 'en-US': 'The total score is blank' },
    },
  },
  check(context) {
    const scores = scoresOf(context);
    const cell = context.table.totalScore?.score;
    if (!scores || !cell || cell.reading.kind !== 'empty') return;
    const total = scores.total;
    if (total === null) context.report({ messageId: 'noComputed', cell: cell.cell });
    else context.report({ cell: cell.cell, data: { computed: fmt(total) }, expected: total, fix: valuePatch(context.table.sheet, cell.cell, total) });
  },
});
