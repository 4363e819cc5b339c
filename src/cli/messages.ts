import { addMessages } from '../core/i18n/i18n';

addMessages('cli', {
  'zh-CN': {
    table: '{{kind}} · {{year}} · 单位：{{unit}} · {{tasks}} 项任务 · {{indicators}} 个指标',
    tableProject: '{{kind}} · {{year}} · 单位：{{unit}} · {{indicators}} 个指标',
    yearUnknown: '年度未知',
    unitUnknown: '未注明',
    fiscalYear: '{{year}} 年度',
    noTable: '未识别到绩效目标表',
    noFindings: '未发现问题',
    summary: '汇总：{{files}} 个文件，{{tables}} 张表；{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 条提示',
    unreadableCount: '；{{count}} 个文件无法读取',
    nothingValidated: '未能校验任何表格：没有可读取的文件，或文件中没有可识别的绩效目标表',
    progress: '正在校验 {{done}}/{{total}}：{{file}}',
  },
  'en-US': {
    table: '{{kind}} · {{year}} · unit: {{unit}} · {{tasks}} tasks · {{indicators}} indicators',
    tableProject: '{{kind}} · {{year}} · unit: {{unit}} · {{indicators}} indicators',
    yearUnknown: 'year unknown',
    unitUnknown: 'not stated',
    fiscalYear: 'fiscal year {{year}}',
    noTable: 'no performance table recognised',
    noFindings: 'no problems found',
    summary: 'Summary: {{files}} file(s), {{tables}} table(s); {{errors}} error(s), {{warnings}} warning(s), {{infos}} info',
    unreadableCount: '; {{count}} file(s) could not be read',
    nothingValidated: 'Nothing was validated: no readable file, or no performance table recognised in any file',
    progress: 'Validating {{done}}/{{total}}: {{file}}',
  },
});
