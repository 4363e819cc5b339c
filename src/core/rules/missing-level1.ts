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
    messages: {
      default: {
        'zh-CN': '表中没有“{{level1}}”类指标',
        'en-US': 'The table has no “{{level1}}” indicators',
      },
    },
  },
  check({ table, profile, report }) {
    // A list of indicators without 一级/二级 columns has no categories to check.
    if (table.indicators?.categorised === false) return;
    // A 二级 filed under the wrong 一级 (社会效益 under 产出) is category-mismatch's finding; its own 一级 is there.
    const present = new Set((table.indicators?.runs ?? []).flatMap((r) => [level1Of(profile, r), parentOf(profile, canonicalCategory(profile, r.level2.text)) ?? '']));
    const cell = table.indicators?.header.level1 ?? table.title?.cell ?? table.range.split(':')[0];
    for (const level1 of profile.requiredLevel1) {
      if (!present.has(level1)) report({ cell, data: { level1 } });
    }
  },
});
