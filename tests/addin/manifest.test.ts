// Offline checks of manifest.xml; the checks themselves are in tests/support/manifest-checks.ts,
// shared with the build test that runs them on the deployable dist/web/manifest.xml.
import { readFileSync } from 'fs';
import path from 'path';
import { ADDIN_ID, checkManifest, describeManifest, DEV_ORIGIN, ROOT } from '../support/manifest-checks';

const sourceXml = () => readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describeManifest('manifest.xml', () => ({ xml: sourceXml(), origin: DEV_ORIGIN, siteRoot: ROOT }));

test('checkManifest passes manifest.xml as a whole', () => {
  expect(() => checkManifest(sourceXml(), DEV_ORIGIN)).not.toThrow();
});

test('manifest.xml carries no other origin than the dev origin', () => {
  const origins = new Set([...sourceXml().matchAll(/\bhttps?:\/\/[A-Za-z0-9.-]+(:\d+)?/g)].map((x) => x[0]));
  const schemaHosts = /^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)$/;
  expect([...origins].filter((o) => !schemaHosts.test(o))).toEqual([DEV_ORIGIN]);
});

describe('checkManifest rejects a broken manifest', () => {
  /** Replaces `from` (which must occur) with `to`, everywhere. */
  const edit = (xml: string, from: string, to: string): string => {
    if (!xml.includes(from)) throw new Error(`the mutation's text is not in manifest.xml: ${from}`);
    return xml.split(from).join(to);
  };
  const supertipFlip = (xml: string): string =>
    edit(
      xml,
      '<Title resid="ShowPane.Label"/>\n                    <Description resid="ShowPane.Tooltip"/>',
      '<Description resid="ShowPane.Tooltip"/>\n                    <Title resid="ShowPane.Label"/>',
    );
  const permissionsFirst = (xml: string): string =>
    edit(edit(xml, '  <Permissions>ReadWriteDocument</Permissions>\n', ''), '  <DefaultSettings>', '  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>');

  const resourcesFirst = (xml: string): string => {
    const block = /\n {4}<Resources>[\s\S]*?\n {4}<\/Resources>/.exec(xml)?.[0];
    if (!block) throw new Error('no Resources block in manifest.xml');
    return edit(edit(xml, block, ''), '\n    <Hosts>', `${block}\n    <Hosts>`);
  };

  const cases: [string, (xml: string) => string, string][] = [
    ['an unclosed root', (x) => edit(x, '</OfficeApp>', ''), 'is well-formed XML'],
    ['a wrong add-in id', (x) => edit(x, ADDIN_ID, '00000000-0000-0000-0000-000000000000'), 'OfficeApp children are in schema order'],
    ['Permissions before DefaultSettings', permissionsFirst, 'OfficeApp children are in schema order'],
    ['a Supertip with Description before Title', supertipFlip, 'VersionOverrides elements are in schema order'],
    ['Resources before Hosts', resourcesFirst, 'VersionOverrides elements are in schema order'],
    ['ExcelApi 1.5', (x) => edit(x, 'MinVersion="1.6"', 'MinVersion="1.5"'), 'is a TaskPaneApp for Excel'],
    ['ReadDocument', (x) => edit(x, '>ReadWriteDocument<', '>ReadDocument<'), 'is a TaskPaneApp for Excel'],
    ['a second host', (x) => edit(x, '<Host Name="Workbook"/>', '<Host Name="Workbook"/>\n    <Host Name="Document"/>'), 'is a TaskPaneApp for Excel'],
    ['an undefined resid', (x) => edit(x, 'resid="ShowPane.Tooltip"', 'resid="ShowPane.Tip"'), 'every resid is defined'],
    [
      'an unused resource',
      (x) => edit(x, '</bt:Urls>', '  <bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/unused.html"/>\n      </bt:Urls>'),
      'every resid is defined',
    ],
    ['a string without zh-CN', (x) => edit(x, '\n          <bt:Override Locale="zh-CN" Value="清除标记"/>', ''), 'every string has en-US text'],
    ['an English zh-CN override', (x) => edit(x, 'Value="显示面板"', 'Value="Show pane"'), 'every string has en-US text'],
    ['a DisplayName without zh-CN', (x) => edit(x, '<Override Locale="zh-CN" Value="绩效表校验助手"/>', ''), 'every string has en-US text'],
    ['an http URL', (x) => edit(x, 'https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'), 'every URL is https'],
    ['another origin', (x) => edit(x, 'https://localhost:3000/help.html', 'https://example.org/help.html'), 'every URL is https'],
    ['another function file', (x) => edit(x, '/commands.html"', '/functions.html"'), 'the desktop form factor'],
    ['a renamed function', (x) => edit(x, '<FunctionName>clearMarks</FunctionName>', '<FunctionName>clearAll</FunctionName>'), 'the Home tab'],
    ['the validate command missing', (x) => edit(x, '?command=validate', '?command=show'), 'the Home tab'],
    [
      'a second pane id',
      (x) => edit(x, '<TaskpaneId>BudgetCheckPane</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>', '<TaskpaneId>OtherPane</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>'),
      'the Home tab',
    ],
    ['another tab', (x) => edit(x, '<OfficeTab id="TabHome">', '<OfficeTab id="TabInsert">'), 'the Home tab'],
    ['an 80 px icon of 64 px', (x) => edit(x, 'assets/icon-80.png', 'assets/icon-64.png'), 'every icon exists'],
    ['an icon that is not there', (x) => edit(x, 'assets/icon-32.png"/>\n  <HighRes', 'assets/icon-48.png"/>\n  <HighRes'), 'every icon exists'],
  ];

  test.each(cases)('%s', (_name, mutate, failingCheck) => {
    const xml = sourceXml();
    const broken = mutate(xml);
    expect(broken).not.toBe(xml);
    expect(() => checkManifest(broken, DEV_ORIGIN)).toThrow(failingCheck);
  });

  test('a manifest checked against another origin', () => {
    expect(() => checkManifest(sourceXml(), 'https://budget.example.org')).toThrow('every URL is https');
  });

  test('icons looked for in a folder without them', () => {
    expect(() => checkManifest(sourceXml(), DEV_ORIGIN, path.join(ROOT, 'tests'))).toThrow('every icon exists');
  });
});
