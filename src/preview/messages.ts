import { addMessages } from '../core/i18n/i18n';

/** The preview page's own strings; the pane inside it has its own. */
addMessages('preview', {
  'zh-CN': {
    title: '绩效表校验助手 · 浏览器预览',
    open: '打开 .xlsx 文件',
    drop: '将 .xlsx 文件拖放到此处',
    loading: '正在读取 {{file}}…',
    downloadWorkbook: '下载带标记的工作簿',
    downloadReport: '下载校验报告（JSON）',
    loadError: '无法打开 {{file}}：{{reason}}',
    markedSuffix: '校验标记',
    reportSuffix: '校验报告',
    noWorkbook: '请打开一个 .xlsx 文件。',
  },
  'en-US': {
    title: 'Budget Table Checker · browser preview',
    open: 'Open .xlsx file',
    drop: 'Drop an .xlsx file here',
    loading: 'Reading {{file}}…',
    downloadWorkbook: 'Download marked workbook',
    downloadReport: 'Download report (JSON)',
    loadError: 'Cannot open {{file}}: {{reason}}',
    markedSuffix: 'marked',
    reportSuffix: 'report',
    noWorkbook: 'Open an .xlsx file.',
  },
});
