import i18next from 'i18next';
import { Lang } from '../rules/rule';

type Tree = { [key: string]: string | Tree };

/** One i18next instance for the engine and every host; each part registers its own namespace. */
const instance = i18next.createInstance();
void instance.init({
  lng: 'zh-CN',
  fallbackLng: 'en-US',
  resources: {},
  initAsync: false,
  interpolation: { escapeValue: false },
  // i18next otherwise prints an advertisement on stdout, which would corrupt the CLI's JSON.
  showSupportNotice: false,
});

export function addMessages(namespace: string, messages: Record<Lang, Tree>): void {
  for (const lang of Object.keys(messages) as Lang[]) {
    instance.addResourceBundle(lang, namespace, messages[lang], true, true);
  }
  templates.clear();
}

export type Translate = (key: string, data?: Record<string, unknown>) => string;

/**
 * Translator for one language; keys are `namespace:path.to.message`. A message whose text only
 * puts values in ({{name}}) is filled from its template, looked up once per language and key;
 * the rest (plurals, context, nesting, formats, missing keys) go through i18next. i18next resolves
 * and interpolates anew on every call, ~25 µs: 0.9 s for a table's 37,000 findings.
 */
export function translator(lang: Lang): Translate {
  const t = i18nextTranslator(lang);
  return (key, data) => {
    const values = data ?? {};
    let template = templates.get(lang)?.get(key);
    if (template === undefined) {
      template = compile(lang, key);
      const forLang = templates.get(lang) ?? new Map<string, Template | null>();
      templates.set(lang, forLang.set(key, template));
    }
    return template !== null && !steersI18next(values, template.plural) ? template.fill(values) : t(key, values);
  };
}

/** i18next's own translation, every call resolved and interpolated by it: what a compiled message must equal. */
export function i18nextTranslator(lang: Lang): Translate {
  const t = instance.getFixedT(lang);
  return (key, data) => t(key, data ?? {}) as string;
}

type Fill = (data: Record<string, unknown>) => string;

/** A message's fill, and whether it has plural forms (`key_one`, `key_other` …) a `count` chooses among. */
interface Template {
  fill: Fill;
  plural: boolean;
}

/** Each language's compiled messages by key (null: i18next's own path); cleared when messages are added. */
const templates = new Map<Lang, Map<string, Template | null>>();

/** Options i18next reads from the data it is given: a message given any of them is i18next's to resolve. */
const I18NEXT_OPTIONS = new Set(['count', 'context', 'ordinal', 'defaultValue', 'lng', 'lngs', 'ns', 'keyPrefix', 'returnObjects', 'returnDetails', 'joinArrays', 'replace', 'interpolation', 'postProcess', 'nsSeparator', 'keySeparator', 'skipInterpolation', 'fallbackLng', 'nest']);

/**
 * Whether i18next would read the data as options. A `count` only chooses among plural forms: for a
 * message without any it is a value like another (i18next resolving it took ~40 µs a finding, where
 * a filled template takes ~1: the corpus batch's 31 compound targets cost ~10 ms).
 */
function steersI18next(data: Record<string, unknown>, plural: boolean): boolean {
  for (const key in data) if (I18NEXT_OPTIONS.has(key) && (plural || key !== 'count')) return true;
  return false;
}

/** The suffixes of i18next's plural forms (ordinal ones are asked for with `ordinal`, which steers it anyway). */
const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'];

/**
 * The message's text in the first language of i18next's own order (zh-CN, zh, en-US) that has it,
 * as a function filling its {{name}} placeholders the way i18next does with escapeValue off:
 * a value made a string (null and undefined as ''), a placeholder with no such key in the data left
 * as written. Null when the text asks for more than that ({{- x}}, {{x, format}}, {{a.b}}, $t(…)).
 */
function compile(lang: Lang, key: string): Template | null {
  const split = key.indexOf(':');
  if (split < 0) return null;
  const ns = key.slice(0, split);
  const path = key.slice(split + 1);
  const order = instance.services.languageUtils.toResolveHierarchy(lang) as string[];
  let text: unknown;
  for (const l of order) {
    text = instance.getResource(l, ns, path);
    if (text !== undefined) break;
  }
  if (typeof text !== 'string' || text.includes('$t(')) return null;
  const plural = order.some((l) => PLURAL_SUFFIXES.some((suffix) => instance.getResource(l, ns, path + suffix) !== undefined));
  const fill = compileText(text);
  return fill && { fill, plural };
}

/** A message's text as a function filling its {{name}} placeholders; null when it asks for more. */
function compileText(text: string): Fill | null {
  const literals: string[] = [];
  const names: string[] = [];
  const written: string[] = [];
  let from = 0;
  for (const m of text.matchAll(/\{\{(.+?)\}\}/g)) {
    const name = m[1].trim();
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return null;
    literals.push(text.slice(from, m.index));
    names.push(name);
    written.push(m[0]);
    from = m.index + m[0].length;
  }
  const last = text.slice(from);
  if (names.length === 0) return () => last;
  // Joined, not added up: `+=` makes a rope of a dozen small strings per message, each an object the
  // collector copies while a table's findings are held (20,000 of them in a large self-evaluation).
  const parts: string[] = new Array<string>(2 * names.length + 1);
  parts[2 * names.length] = last;
  return (data) => {
    for (let i = 0; i < names.length; i++) {
      const value = data[names[i]];
      parts[2 * i] = literals[i];
      parts[2 * i + 1] = value !== undefined ? madeString(value) : Object.prototype.hasOwnProperty.call(data, names[i]) ? '' : written[i];
    }
    return parts.join('');
  };
}

export function isLang(value: string): value is Lang {
  return value === 'zh-CN' || value === 'en-US';
}

/** The messages registered for a namespace in one language (for completeness checks). */
export function resourceBundle(lang: Lang, namespace: string): Tree | undefined {
  return instance.getResourceBundle(lang, namespace) as Tree | undefined;
}

/** i18next's makeString: null as '', anything else as `'' + value`. */
function madeString(value: unknown): string {
  return value === null ? '' : '' + (value as string);
}
