import { addMessages } from '../i18n/i18n';
import { Lang } from '../rules/rule';
import { ReconcileRule } from './rule';
import targetChanged from './rules/target-changed';
import indicatorAdded from './rules/indicator-added';
import indicatorRemoved from './rules/indicator-removed';
import indicatorAmbiguous from './rules/indicator-ambiguous';
import budgetChanged from './rules/budget-changed';
import targetBelowLastActual from './rules/target-below-last-actual';
import projectsSumMismatch from './rules/projects-sum-mismatch';

/** Every reconciliation rule, in the order of RULES.md's reconciliation table. */
export const RECONCILE_RULES: readonly ReconcileRule[] = [
  targetChanged,
  indicatorAdded,
  indicatorRemoved,
  indicatorAmbiguous,
  budgetChanged,
  targetBelowLastActual,
  projectsSumMismatch,
];

function messagesFor(lang: Lang): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const { meta } of RECONCILE_RULES) {
    out[meta.code] = { docs: meta.docs[lang] };
    for (const [id, text] of Object.entries(meta.messages)) out[meta.code][id] = text[lang];
  }
  return out;
}

// The same namespace as the single-table rules: one code space, one place to look a code up.
addMessages('rules', { 'zh-CN': messagesFor('zh-CN'), 'en-US': messagesFor('en-US') });
