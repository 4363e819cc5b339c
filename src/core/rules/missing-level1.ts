import { canonicalCategory, level1Of, parentOf } from './profiles';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'missing-level1',
    severity: 'warning',
    category: 'taxonomy',
    docs: {
      'zh-CN': '表中没有某个必备一级指标（产出、效益、满意度）下的任何指标。',
      'en-US': 'The table has no indicator under a required first level (产出, 效益, 满意度).',
    },
    wholeTable: true,
    messages: {
      default: {
        'zh-CN': '表中没有“{{level1}}”类指标',
        'en-US': 'The table has no “{{level1}}” indicators',
      },
    },
  },
  check({ table, profile, report }) {
    // A list of indicators without 一级/二级 columns has no categories to check, nor has a score sheet
    // the profile's: its 一级 are an evaluation framework's (投入, 过程, 效果).
    if (table.indicators?.categorised === false || table.indicators?.criteria) return;
    // Nor has a table with no indicator list at all, not even its header: a fund block and goal alone
    // (a form's first page, a sheet of 附件1's money, a page cut before its list). Which categories its
    // list lacks is no question there. Every such table in the corpus is a page's cut (212 readings).
    if (!table.indicators) return;
    // A 二级 filed under the wrong 一级 (社会效益 under 产出) is category-mismatch's finding; its own 一级 is there.
    // Read until every required 一级 has been met: a table filled down without merges has a run per
    // row (17,500 in a large one), and its first rows usually name them all.
    // A category's empty slot (效益指标 with nothing beside it, the indicators dropped from the list)
    // is no indicator of it: its categories are read from the indicators themselves.
    const missing = new Set(profile.requiredLevel1);
    const indicators = table.indicators.indicators;
    for (let i = 0; i < indicators.length && missing.size > 0; i++) {
      const ind = indicators[i];
      // Once a run: the rows under one merged category share its fields.
      if (i > 0 && ind.level1 === indicators[i - 1].level1 && ind.level2 === indicators[i - 1].level2) continue;
      missing.delete(level1Of(profile, ind));
      const parent = parentOf(profile, canonicalCategory(profile, ind.level2.text));
      if (parent !== undefined) missing.delete(parent);
    }
    const cell = table.indicators.header.level1;
    for (const level1 of profile.requiredLevel1) {
      if (missing.has(level1)) report({ cell, data: { level1 } });
    }
  },
});
