import { addMessages } from '../i18n/i18n';

/** Texts a template writes into the sheet (prompts, blank labels' hints). Prompts: title ≤ 32, message ≤ 255 characters. */
addMessages('template', {
  'zh-CN': {
    targetPromptTitle: '目标值的写法',
    targetPrompt: '比较符 + 数值 + 单位，如 ≥95%、8家、≤400万元、2024年12月31日前；定性目标写可评价的结果（达成年度指标），不写“有效”“显著提升”等。',
  },
  'en-US': {
    targetPromptTitle: 'How to write a target',
    targetPrompt: 'Comparator + number + unit, e.g. ≥95%, 8家, ≤400万元, 2024年12月31日前; a qualitative target names a gradable outcome (达成年度指标), never “有效” or “显著提升”.',
  },
});
