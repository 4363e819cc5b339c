import '../src/cli/messages';
import '../src/core/i18n/common';
import { addMessages, i18nextTranslator, resourceBundle, translator } from '../src/core/i18n/i18n';
import '../src/core/rules/registry';
import '../src/core/reconcile/registry';
import '../src/taskpane/messages';
import '../src/hosts/file/messages';
import '../src/core/template/messages';
import '../src/preview/messages';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree | undefined, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree ?? {})) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** Every user-visible string exists in both languages, with the same placeholders. */
describe.each(['common', 'rules', 'cli', 'pane', 'file', 'template', 'preview'])('messages of %s', (ns) => {
  const zh = leaves(resourceBundle('zh-CN', ns));
  const en = leaves(resourceBundle('en-US', ns));

  it('has the same keys in zh-CN and en-US', () => {
    expect(zh.size).toBeGreaterThan(0);
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('has no empty message and the same {{placeholders}} in both languages', () => {
    const placeholders = (s: string) => [...new Set(s.match(/\{\{\s*\w+\s*\}\}/g) ?? [])].sort();
    for (const [key, text] of zh) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(en.get(key)!) });
    }
  });

  it('writes zh-CN messages in Chinese', () => {
    const latinOnly = [...zh].filter(([, text]) => !/[\u4e00-\u9fff]/.test(text)).map(([key]) => key);
    // Severity names and table-kind names are Chinese; codes never appear alone as a message.
    expect(latinOnly).toEqual([]);
  });
});

/** Messages are filled from templates compiled once; each must read exactly as i18next writes it. */
describe('compiled messages', () => {
  const namespaces = ['common', 'rules', 'cli', 'pane', 'file', 'template', 'preview'];
  const datas = (text: string): Record<string, unknown>[] => {
    const names = [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))];
    const each = (value: (i: number) => unknown) => Object.fromEntries(names.map((n, i) => [n, value(i)]));
    return [
      {},
      each((i) => `值${i} $& $1 $$ “引号” 100%`),
      each((i) => i * 1.5),
      each((i) => (i % 2 === 0 ? null : 0)),
      each(() => undefined),
      { ...each((i) => `x${i}`), extra: 'not in the message' },
      Object.fromEntries(names.slice(1).map((n) => [n, true])),
    ];
  };

  it.each(['zh-CN', 'en-US'] as const)('equals i18next on every message in %s, with values, numbers, null, undefined and missing keys', (lang) => {
    const compiled = translator(lang);
    const plain = i18nextTranslator(lang);
    let checked = 0;
    for (const ns of namespaces) {
      for (const [key, text] of leaves(resourceBundle(lang, ns))) {
        for (const data of datas(text)) {
          expect({ key, data, text: compiled(`${ns}:${key}`, data) }).toEqual({ key, data, text: plain(`${ns}:${key}`, data) });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1_000);
  });

  it('fills placeholders and leaves those given no key as written, like i18next', () => {
    addMessages('i18n-test', { 'zh-CN': { fill: '{{a}}和{{ b }}、{{a}}' }, 'en-US': { fill: '{{a}} and {{ b }}, {{a}}' } });
    const t = translator('zh-CN');
    expect(t('i18n-test:fill', { a: '甲', b: 2 })).toBe('甲和2、甲');
    expect(t('i18n-test:fill', { a: '甲' })).toBe('甲和{{ b }}、甲');
    expect(t('i18n-test:fill', { a: '$&', b: undefined })).toBe('$&和、$&');
    expect(translator('en-US')('i18n-test:fill', { a: 'x', b: null })).toBe('x and , x');
  });

  it('reads a message again once it is registered anew', () => {
    addMessages('i18n-test', { 'zh-CN': { again: '旧{{a}}' }, 'en-US': { again: 'old {{a}}' } });
    const t = translator('zh-CN');
    expect(t('i18n-test:again', { a: 1 })).toBe('旧1');
    addMessages('i18n-test', { 'zh-CN': { again: '新{{a}}' }, 'en-US': { again: 'new {{a}}' } });
    expect(t('i18n-test:again', { a: 1 })).toBe('新1');
  });

  it('fills a message given a count like any value when it has no plural forms, and leaves one that has them to i18next', () => {
    addMessages('i18n-test', {
      'zh-CN': { parts: '{{target}} 含 {{count}} 个目标', both: '{{count}} 项', both_other: '{{count}} 项（复数）' },
      'en-US': { parts: '{{target}} holds {{count}} targets', both: '{{count}} item', both_one: '{{count}} item (one)', both_other: '{{count}} items' },
    });
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const t = translator(lang);
      for (const count of [0, 1, 2, 2.5, '3', null, undefined, true]) {
        for (const key of ['i18n-test:parts', 'i18n-test:both']) expect({ key, count, text: t(key, { target: '≥95%', count }) }).toEqual({ key, count, text: i18nextTranslator(lang)(key, { target: '≥95%', count }) });
      }
    }
    expect(translator('zh-CN')('i18n-test:parts', { target: '≥95%；≤3天', count: 2 })).toBe('≥95%；≤3天 含 2 个目标');
    // The plural form chosen by the count, not the base text filled.
    expect(translator('zh-CN')('i18n-test:both', { count: 2 })).toBe('2 项（复数）');
    expect(translator('en-US')('i18n-test:both', { count: 1 })).toBe('1 item (one)');
    expect(translator('en-US')('i18n-test:both', { count: 4 })).toBe('4 items');
  });

  it('leaves plurals, nesting, formats and unknown keys to i18next', () => {
    addMessages('i18n-test', {
      'zh-CN': { n_one: '{{count}} 项', n_other: '{{count}} 项（多）', nest: '见 $t(i18n-test:fill, {"a": "甲", "b": "乙"})', fmt: '{{v, number}}' },
      'en-US': { n_one: '{{count}} item', n_other: '{{count}} items', nest: 'see $t(i18n-test:fill, {"a": "x", "b": "y"})', fmt: '{{v, number}}' },
    });
    const t = translator('en-US');
    expect(t('i18n-test:n', { count: 1 })).toBe('1 item');
    expect(t('i18n-test:n', { count: 3 })).toBe('3 items');
    expect(t('i18n-test:nest')).toBe('see x and y, x');
    for (const [key, data] of [['i18n-test:fmt', { v: 1234.5 }], ['i18n-test:missing', {}], ['i18n-test:n', { count: 2 }]] as const) {
      expect(t(key, data)).toBe(i18nextTranslator('en-US')(key, data));
    }
  });
});
