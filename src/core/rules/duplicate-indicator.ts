import { firstOccurrences } from '../first-seen';
import { nameKey } from '../grid/text';
import { CategoryField, Indicator, sameCell } from '../model/table';
import { defineRule, RuleContext } from './rule';
import { isNotApplicableName } from './names';

export default defineRule({
  meta: {
    code: 'duplicate-indicator',
    severity: 'warning',
    category: 'completeness',
    docs: {
      'zh-CN': '同一二级指标下出现两个同名三级指标。',
      'en-US': 'The same third-level indicator name twice under one second level.',
    },
    messages: {
      default: {
        'zh-CN': '“{{level2}}”下的指标“{{name}}”与 {{first}} 重复',
        'en-US': 'Indicator “{{name}}” under “{{level2}}” repeats {{first}}',
      },
    },
  },
  check({ table, report }) {
    // Names keyed by their 一级 + 二级 (a number per pair). Rows of a run share their 二级 object
    // (the recognizer starts a new one under each new 一级), so the pair is looked up once per run.
    const indicators = table.indicators?.indicators ?? [];
    const named: Indicator[] = [];
    const names: string[] = [];
    const groups: number[] = [];
    const groupOf = new Map<string, number>();
    let run: CategoryField | null = null;
    let group = 0;
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      const name = nameKey(ind.name.text);
      if (name === '' || isNotApplicableName(ind.name.text)) continue;
      // One name merged down over several rows (彭水's 预算资金安排 over its fund lines,
      // ll-cq-pengshui-2024-family-planning-transfer-eval) is one indicator's lines, not repeats. (Typed
      // again on the next row it is a repeat: nothing tells a filled merge from a name typed twice.)
      if (i > 0 && sameCell(indicators[i - 1].name, ind.name)) continue;
      if (ind.level2 !== run) {
        run = ind.level2;
        const key = `${nameKey(ind.level1.text)}\u0000${nameKey(ind.level2.text)}`;
        group = groupOf.get(key) ?? groupOf.size;
        groupOf.set(key, group);
      }
      named.push(ind);
      names.push(name);
      groups.push(group);
    }
    // The first of each name's fields is the one a repeat points at (its address written only then).
    satisfactionCopies(indicators, report);
    const first = firstOccurrences(groups, names);
    for (let i = 0; i < named.length; i++) {
      if (first[i] < 0) continue;
      const ind = named[i];
      const earlier = named[first[i]].name.cell;
      report({ cell: ind.name.cell, related: earlier, data: { name: ind.name.text, level2: ind.level2.text, first: earlier } });
    }
  },
});

/**
 * A satisfaction slot filled with another indicator's name and target (农垦's 服务对象满意度 | 资助困难教师及学生 | 52,
 * the 数量 row's again, all three readings: ak-hi-nongken-2023-student-aid-eval): the row repeats that indicator and
 * measures no one's satisfaction. Only there: a name repeated under another 二级 elsewhere the corpus leaves.
 */
function satisfactionCopies(indicators: readonly Indicator[], report: RuleContext['report']): void {
  // The slots to look for, by name and target: few, so the other indicators are walked once, and only
  // those with one of their targets have their names folded (a long list must not be folded whole).
  let slots: Map<string, Indicator> | undefined;
  let targets: Set<string> | undefined;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    if (!ind.level2.text.includes('满意') || ind.name.text.includes('满意')) continue;
    const name = nameKey(ind.name.text);
    if (name === '') continue;
    const target = ind.target.text.trim();
    (slots ??= new Map()).set(`${name}\u0000${target}`, ind);
    (targets ??= new Set()).add(target);
  }
  if (!slots || !targets) return;
  for (let j = 0; j < indicators.length && slots.size > 0; j++) {
    const other = indicators[j];
    const target = other.target.text.trim();
    if (!targets.has(target) || other.level2.text.includes('满意')) continue;
    const key = `${nameKey(other.name.text)}\u0000${target}`;
    const slot = slots.get(key);
    if (!slot) continue;
    slots.delete(key);
    report({ cell: slot.name.cell, related: other.name.cell, data: { name: slot.name.text, level2: slot.level2.text, first: other.name.cell } });
  }
}
