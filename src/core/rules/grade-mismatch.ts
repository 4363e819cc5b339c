import { fold, squeeze } from '../grid/text';
import { defineRule } from './rule';
import { fmt, scoresOf, valuePatch } from './evaluation';

/** 优秀 / 良好 / 合格 … read as the grade they name. */
const SYNONYMS: Record<string, string> = { 优秀: '优', 良好: '良', 中等: '中', 合格: '中', 较差: '差', 不合格: '差' };
/** The grade a cell names first (优, 优秀, 优（97.1分）): longest words tried first. */
const GRADE_WORD = new RegExp(`^(${[...Object.keys(SYNONYMS), '优', '良', '中', '差'].sort((a, b) => b.length - a.length).join('|')})`);

export default defineRule({
  meta: {
    code: 'grade-mismatch',
    severity: 'error',
    category: 'scores',
    docs: { 'zh-CN': '填写的评价等级与总分不符（优 ≥ 90，良 80–89，中 60–79，差 < 60）。', 'en-US': 'A typed grade that does not match the total score (优 ≥ 90, 良 80–89, 中 60–79, 差 < 60).' },
    messages: {
      default: {
        'zh-CN': '评价等级填为“{{typed}}”，总分 {{total}} 应评为“{{expected}}”',
        'en-US': 'The grade is typed “{{typed}}”; a total of {{total}} is “{{expected}}”',
      },
    },
  },
  check(context) {
    const scores = scoresOf(context);
    const grade = context.table.grade;
    if (!scores || !grade || grade.text.trim() === '' || scores.total === null || scores.grade === null) return;
    const word = GRADE_WORD.exec(squeeze(fold(grade.text)))?.[1] ?? grade.text.trim();
    const named = SYNONYMS[word] ?? word;
    if (named === scores.grade) return;
    context.report({ cell: grade.cell, data: { typed: grade.text, total: fmt(scores.total), expected: scores.grade }, expected: scores.grade, actual: grade.text, fix: valuePatch(context.table.sheet, grade.cell, scores.grade) });
  },
});
