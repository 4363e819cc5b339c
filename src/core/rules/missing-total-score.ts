import { fmt, scoresOf, valuePatch } from './evaluation';
import { isSelfEvaluation } from '../model/table';
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
    messages: {
      default: { 'zh-CN': '总分未填写（计算总分 {{computed}}）', 'en-US': 'The total score is blank (computed: {{computed}})' },
      noComputed: { 'zh-CN': '总分未填写', 'en-US': 'The total score is blank' },
    },
  },
  check(context) {
    const cell = context.table.totalScore?.score;
    if (!cell || cell.reading.kind !== 'empty') return;
    // A page's tail (its list begun above the cut): the blank total beside the weights' is seen, the
    // score it should hold is not (the rows above the cut are missing): said without it.
    if (context.table.fragment) {
      if (isSelfEvaluation(context.table.kind)) context.report({ messageId: 'noComputed', cell: cell.cell });
      return;
    }
    const scores = scoresOf(context);
    if (!scores) return;
    const total = scores.total;
    if (total === null) context.report({ messageId: 'noComputed', cell: cell.cell });
    else context.report({ cell: cell.cell, data: { computed: fmt(total) }, expected: total, fix: valuePatch(context.table.sheet, cell.cell, total) });
  },
});
