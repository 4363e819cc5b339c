import '../src/cli/messages';
import '../src/core/i18n/common';
import { resourceBundle } from '../src/core/i18n/i18n';
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
