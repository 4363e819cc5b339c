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
    unrecognised: {
      'no-level2': '{{cell}} 有“一级指标”，但同一行没有“二级指标”列（查找了：{{lookedFor}}）',
      'no-level3': '{{cell}} 有“一级指标”，但同一行没有三级指标列（查找了：{{lookedFor}}）',
      'no-target-column': '{{cell}} 有指标表头，但没有目标值列（查找了：{{lookedFor}}）',
      'no-indicator-header': '{{cell}} 附近像指标表，但没有找到指标表头（查找了：{{lookedFor}}）',
      'no-blocks': '{{cell}} 有表名，但下面没有可识别的部分（查找了：{{lookedFor}}）',
      'label-list': '{{cell}} 所在行的表头用语多于任何表头，当作词表而非表头（查找了：{{lookedFor}}）',
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
    unrecognised: {
      'no-level2': '{{cell}} has a 一级指标 label but no second-level column in its row (looked for: {{lookedFor}})',
      'no-level3': '{{cell}} has a 一级指标 label but no indicator-name column in its row (looked for: {{lookedFor}})',
      'no-target-column': '{{cell}} starts an indicator header without a target column (looked for: {{lookedFor}})',
      'no-indicator-header': 'near {{cell}} there are indicators but no indicator header (looked for: {{lookedFor}})',
      'no-blocks': '{{cell}} holds a table title but nothing under it was recognised (looked for: {{lookedFor}})',
      'label-list': "{{cell}}'s row holds more label words than any header: read as a list of words, not a header (looked for: {{lookedFor}})",
    },
  },
});
