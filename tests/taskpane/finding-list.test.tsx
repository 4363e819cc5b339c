/**
 * @jest-environment jsdom
 */
/** A long list of findings is drawn a page per group at a time: the pane stays quick on a table left unfilled. */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import '../../src/taskpane/messages';
import '../../src/core/rules/registry';
import { translator } from '../../src/core/i18n/i18n';
import { Finding } from '../../src/core/rules/rule';
import { FINDINGS_PAGE, FindingList } from '../../src/taskpane/components/FindingList';
import { TranslateContext } from '../../src/taskpane/components/i18n-context';

const missing = (n: number): Finding[] => Array.from({ length: n }, (_, i) => ({ code: 'missing-target', severity: 'error', sheet: 'S', cell: `G${i + 10}`, message: `指标${i + 1}未填写目标值` }));
const vague: Finding[] = [{ code: 'vague-target', severity: 'warning', sheet: 'S', cell: 'G5', message: '目标值含模糊表述' }];

function show(findings: Finding[]) {
  const ui = (list: Finding[]) => (
    <FluentProvider theme={webLightTheme}>
      <TranslateContext.Provider value={translator('zh-CN')}>
        <FindingList findings={list} filter="all" onSelect={() => undefined} onFix={() => undefined} busy={false} />
      </TranslateContext.Provider>
    </FluentProvider>
  );
  const view = render(ui(findings));
  return { rerender: (list: Finding[]) => view.rerender(ui(list)) };
}

const rows = (code: string) => screen.queryAllByTestId('finding').filter((f) => f.dataset.code === code);

test('a group lists its first page, then a page more per click, and says how many are left', () => {
  const many = missing(FINDINGS_PAGE * 2 + 50);
  show([...many, ...vague]);
  expect(rows('missing-target').map((r) => r.dataset.cell)).toEqual(many.slice(0, FINDINGS_PAGE).map((f) => f.cell));
  expect(rows('vague-target')).toHaveLength(1);
  const more = () => screen.queryAllByTestId('show-more');
  expect(more().map((b) => [b.dataset.group, b.textContent])).toEqual([['error:completeness', `再显示 ${FINDINGS_PAGE} 条（本类共 ${many.length} 条）`]]);
  fireEvent.click(more()[0]);
  expect(rows('missing-target')).toHaveLength(FINDINGS_PAGE * 2);
  expect(more()[0].textContent).toBe(`再显示 50 条（本类共 ${many.length} 条）`);
  fireEvent.click(more()[0]);
  expect(rows('missing-target')).toHaveLength(many.length);
  expect(more()).toHaveLength(0);
});

test('a group no longer than a page has no button, and new findings start from one page again', () => {
  const view = show(missing(FINDINGS_PAGE));
  expect(rows('missing-target')).toHaveLength(FINDINGS_PAGE);
  expect(screen.queryAllByTestId('show-more')).toHaveLength(0);
  view.rerender(missing(FINDINGS_PAGE + 1));
  fireEvent.click(screen.getByTestId('show-more'));
  expect(rows('missing-target')).toHaveLength(FINDINGS_PAGE + 1);
  view.rerender(missing(FINDINGS_PAGE + 2));
  expect(rows('missing-target')).toHaveLength(FINDINGS_PAGE);
});

test('a finding in a hidden row or column says so under its message; others say nothing of it', () => {
  show([
    { ...missing(1)[0], cell: 'G15', hidden: 'row' },
    { code: 'stale-year', severity: 'warning', sheet: 'S', cell: 'B8', message: '文字中出现 2019 年', hidden: 'column' },
    ...vague,
  ]);
  const hiddenOf = (code: string) => rows(code).map((r) => r.querySelector('[data-testid="finding-hidden"]')?.textContent ?? null);
  expect(hiddenOf('missing-target')).toEqual(['该单元格所在的行已隐藏']);
  expect(hiddenOf('stale-year')).toEqual(['该单元格所在的列已隐藏']);
  expect(hiddenOf('vague-target')).toEqual([null]);
});
