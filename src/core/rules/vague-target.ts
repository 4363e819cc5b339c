import { fold } from '../grid/text';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'vague-target',
    severity: 'warning',
    category: 'targets',
    docs: {
      'zh-CN': '目标值无法考核：“有效”“长期营造”“显著提升”等模糊表述。',
      'en-US': 'A target that cannot be assessed: 有效, 长期营造, 显著提升 …',
    },
    messages: {
      default: {
        'zh-CN': '目标值“{{target}}”含模糊表述“{{word}}”，无法考核；请写成可衡量的目标（数值+单位，或达成/部分达成/未达成）',
        'en-US': 'Target “{{target}}” is vague (“{{word}}”) and cannot be assessed; give a number with a unit, or a gradable outcome',
      },
    },
  },
  check({ table, profile, report }) {
    for (const ind of table.indicators?.indicators ?? []) {
      if (ind.target.value.kind !== 'qualitative') continue;
      // 保障基本支出, 无有效投诉: the word is part of a term, not a hedge.
      const folded = fold(ind.target.text);
      if (!profile.vagueWords.some((w) => folded.includes(w))) continue;
      const text = profile.vagueExceptions.reduce((t, term) => t.split(term).join(' '), folded);
      const word = profile.vagueWords.find((w) => text.includes(w));
      if (word) report({ cell: ind.target.cell, data: { target: ind.target.text, word } });
    }
  },
});
