/** Findings are listed in reading order: row, then column, then severity, then code; each once. */
import { sortFindings } from '../../src/core/validate';
import { Finding, Severity } from '../../src/core/rules/rule';

const f = (cell: string, severity: Severity, code: string): Finding => ({ code, severity, sheet: 'S', cell, message: code });

test.each<[string, Finding[], string[]]>([
  ['by row before column (B2 after Z1, A10 after B9)', [f('A10', 'error', 'a'), f('B2', 'error', 'a'), f('Z1', 'error', 'a'), f('B9', 'error', 'a')], ['Z1', 'B2', 'B9', 'A10']],
  ['by column within a row (AA after Z)', [f('AA3', 'info', 'a'), f('Z3', 'info', 'a'), f('C3', 'info', 'a')], ['C3', 'Z3', 'AA3']],
  ['by severity within a cell', [f('E5', 'info', 'a'), f('E5', 'error', 'c'), f('E5', 'warning', 'b')], ['E5:error:c', 'E5:warning:b', 'E5:info:a']],
  ['by code within a cell and severity', [f('E5', 'error', 'total-mismatch'), f('E5', 'error', 'amount-not-number'), f('D5', 'error', 'z')], ['D5:error:z', 'E5:error:amount-not-number', 'E5:error:total-mismatch']],
  ['the last cell of a sheet after the first', [f('XFD1048576', 'error', 'a'), f('A1', 'error', 'a'), f('XFD1', 'error', 'a'), f('A2', 'error', 'a')], ['A1', 'XFD1', 'A2', 'XFD1048576']],
])('sorts %s', (_name, findings, expected) => {
  const sorted = sortFindings([...findings]);
  const show = expected.some((e) => e.includes(':')) ? (x: Finding) => `${x.cell}:${x.severity}:${x.code}` : (x: Finding) => x.cell;
  expect(sorted.map(show)).toEqual(expected);
});

test('sorts in place and returns the same list', () => {
  const list = [f('B1', 'error', 'a'), f('A1', 'error', 'a')];
  expect(sortFindings(list)).toBe(list);
  expect(list.map((x) => x.cell)).toEqual(['A1', 'B1']);
});

test('a finding reported twice word for word is listed once; the same cell and code with another message stays', () => {
  const twice = { ...f('H7', 'error', 'score-mismatch'), message: '预算执行率得分填为 9' };
  const other = { ...f('H7', 'error', 'score-mismatch'), message: '另一条' };
  const list = [twice, f('A1', 'error', 'a'), other, { ...twice }];
  expect(sortFindings(list)).toBe(list);
  expect(list.map((x) => `${x.cell}:${x.message}`)).toEqual(['A1:a', 'H7:预算执行率得分填为 9', 'H7:另一条']);
});
