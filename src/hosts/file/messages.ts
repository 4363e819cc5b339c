import { addMessages } from '../../core/i18n/i18n';

/** Why a workbook could not be opened, for every host that opens files (the CLI, the preview). */
addMessages('file', {
  'zh-CN': {
    failure: {
      'not-found': '找不到该文件或文件夹',
      'no-xlsx': '文件夹中没有 .xlsx 文件',
      'unreadable': '无法读取文件（{{detail}}）',
      'empty-file': '文件为空（0 字节）',
      'not-xlsx': '不是 Excel 工作簿（.xlsx、.xlsm 或 .xls）',
      xls: '这是旧版 Excel 97-2003 (.xls) 文件，此操作需要 .xlsx：请在 Excel 中另存为 .xlsx',
      html: '这是另存为 .xls 的网页表格（HTML），此操作需要 .xlsx：请在 Excel 中打开后另存为 .xlsx',
      spreadsheetml: '这是 XML 表格 2003 文件，此操作需要 .xlsx：请在 Excel 中打开后另存为 .xlsx',
      'old-xls': '这是 Excel 5.0/95 或更早版本的 .xls 文件，无法读取：请在 Excel 或 WPS 中另存为 .xlsx 后再校验',
      encrypted: '文件有打开密码，请在 Excel 中取消密码后再校验',
      corrupt: '文件已损坏，无法作为工作簿打开',
      'no-sheets': '工作簿中没有工作表',
      'no-sheet': '工作簿中没有名为“{{sheet}}”的工作表',
      'too-large': '文件过大，未读取：{{what}}为 {{size}}，上限为 {{max}}',
      'not-regular': '不是普通文件（管道、设备或其他特殊文件），未读取',
      'unreadable-folder': '无法读取该文件夹（{{detail}}），其中的文件未校验',
      internal: '校验此文件时出现内部错误：{{detail}}',
    },
    limit: { fileBytes: '文件大小（字节）', uncompressedBytes: '解压后的数据量（字节）', cells: '单元格数', stringLength: '单元格文字长度（字符）', merges: '合并单元格区域数', mergedRows: '合并区域跨越的行数（每个区域各计）' },
  },
  'en-US': {
    failure: {
      'not-found': 'no such file or folder',
      'no-xlsx': 'the folder holds no .xlsx files',
      'unreadable': 'cannot read the file ({{detail}})',
      'empty-file': 'the file is empty (0 bytes)',
      'not-xlsx': 'not an Excel workbook (.xlsx, .xlsm or .xls)',
      xls: 'an Excel 97-2003 (.xls) file, and this needs an .xlsx: save it as .xlsx in Excel first',
      html: 'a web page (an HTML table) saved as .xls, and this needs an .xlsx: open it in Excel and save it as .xlsx first',
      spreadsheetml: 'an XML Spreadsheet 2003 file, and this needs an .xlsx: open it in Excel and save it as .xlsx first',
      'old-xls': 'an Excel 5.0/95 (or older) .xls file, which cannot be read: save it as .xlsx in Excel or WPS first',
      encrypted: 'the file is password-protected; remove the password in Excel first',
      corrupt: 'the file is damaged and cannot be opened as a workbook',
      'no-sheets': 'the workbook has no worksheets',
      'no-sheet': 'the workbook has no sheet named “{{sheet}}”',
      'too-large': 'too large to read: {{what}} is {{size}}, the limit is {{max}}',
      'not-regular': 'not a regular file (a pipe, a device or another special file): not read',
      'unreadable-folder': 'cannot read this folder ({{detail}}); the files in it were not validated',
      internal: 'internal error while validating this file: {{detail}}',
    },
    limit: { fileBytes: 'the file size (bytes)', uncompressedBytes: 'the data once uncompressed (bytes)', cells: 'the number of cells', stringLength: 'the length of one cell’s text (characters)', merges: 'the number of merged areas', mergedRows: 'the rows merged areas cross (each area counted)' },
  },
});
