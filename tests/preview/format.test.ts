import { baseName, displayCell, markedCopy } from '../../src/preview/format';

describe('cells shown as Excel shows them', () => {
  it.each([
    [{ value: 44350.01, format: '#,##0.00' }, '44,350.01', true],
    [{ value: 44350, format: '#,##0.00' }, '44,350.00', true],
    [{ value: 0, format: '#,##0.00' }, '0.00', true],
    [{ value: 1234.5, format: '0.0' }, '1234.5', true],
    [{ value: 1234.567 }, '1234.567', true],
    [{ value: 0.95, format: '0%' }, '95%', true],
    [{ value: 0.95, format: '0.00%' }, '95.00%', true],
    [{ value: 0.96875, format: '0.0%' }, '96.9%', true],
    [{ value: 12.5, format: '#,##0%' }, '1,250%', true],
    [{ value: 45291, format: 'yyyy/m/d' }, '2023/12/31', true],
    [{ value: 45291, format: 'yyyy"年"m"月"d"日"' }, '2023年12月31日', true],
    // The built-in short date (id 14), as a Chinese Excel shows it.
    [{ value: 45291, format: 'mm-dd-yy' }, '2023/12/31', true],
    [{ value: 12, format: '0"家"' }, '12家', true],
    [{ value: '7600 万' }, '7600 万', false],
    [{ value: true }, 'TRUE', false],
    [{ value: null }, '', false],
  ])('%j → %s', (cell, text, numeric) => {
    expect(displayCell(cell)).toEqual({ text, numeric });
  });
});

describe('names of what the preview offers to download', () => {
  it.each([
    ['福田区2022.xlsx', '福田区2022-校验标记.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['福田区2022.XLSX', '福田区2022-校验标记.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    // The copy is the file's own package patched: a macro-enabled one named .xlsx is refused by Excel.
    ['宏.xlsm', '宏-校验标记.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12'],
    ['宏.XLSM', '宏-校验标记.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12'],
  ])('the annotated copy of %s is %s', (file, name, type) => {
    expect(markedCopy(file, '校验标记')).toEqual({ name, type });
  });

  it('a report is named after the file without its extension', () => {
    expect(['a.xlsx', 'a.xlsm', 'a.b.xlsx', 'a'].map(baseName)).toEqual(['a', 'a', 'a.b', 'a']);
  });
});
