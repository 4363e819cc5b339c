import { addMessages } from './i18n';

/** Names shared by every host: severities, categories, table kinds. */
addMessages('common', {
  'zh-CN': {
    severity: { error: '错误', warning: '警告', info: '提示' },
    category: { amounts: '金额', completeness: '完整性', taxonomy: '指标体系', targets: '目标值', text: '文本', scores: '自评得分' },
    kind: {
      'department-targets': '部门（单位）整体支出绩效目标表',
      'project-targets': '项目支出绩效目标表',
      'project-self-evaluation': '项目支出绩效自评表',
      'department-self-evaluation': '部门整体支出绩效自评表',
    },
  },
  'en-US': {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    category: { amounts: 'Amounts', completeness: 'Completeness', taxonomy: 'Taxonomy', targets: 'Targets', text: 'Text', scores: 'Scores' },
    kind: {
      'department-targets': 'Department performance targets',
      'project-targets': 'Project performance targets',
      'project-self-evaluation': 'Project self-evaluation',
      'department-self-evaluation': 'Department self-evaluation',
    },
  },
});
