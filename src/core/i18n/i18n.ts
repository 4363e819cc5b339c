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
}

export type Translate = (key: string, data?: Record<string, unknown>) => string;

/** Translator for one language; keys are `namespace:path.to.message`. */
export function translator(lang: Lang): Translate {
  const t = instance.getFixedT(lang);
  return (key, data) => t(key, data ?? {}) as string;
}

export function isLang(value: string): value is Lang {
  return value === 'zh-CN' || value === 'en-US';
}

/** The messages registered for a namespace in one language (for completeness checks). */
export function resourceBundle(lang: Lang, namespace: string): Tree | undefined {
  return instance.getResourceBundle(lang, namespace) as Tree | undefined;
}
