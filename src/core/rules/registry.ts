import { addMessages } from '../i18n/i18n';
import { Lang, Localized, Rule } from './rule';
import amountNotNumber from './amount-not-number';
import categoryMismatch from './category-mismatch';
import compoundTarget from './compound-target';
import duplicateIndicator from './duplicate-indicator';
import duplicateTask from './duplicate-task';
import markupInText from './markup-in-text';
import missingCategory from './missing-category';
import missingGoal from './missing-goal';
import missingIndicatorName from './missing-indicator-name';
import missingLevel1 from './missing-level1';
import missingTarget from './missing-target';
import missingUnit from './missing-unit';
import negativeAmount from './negative-amount';
import numberAsText from './number-as-text';
import rateOutOfRange from './rate-out-of-range';
import staleYear from './stale-year';
import totalMismatch from './total-mismatch';
import unitMismatch from './unit-mismatch';
import unknownCategory from './unknown-category';
import vagueTarget from './vague-target';
import rateMismatch from './rate-mismatch';
import scoreMismatch from './score-mismatch';
import weightsSum from './weights-sum';
import scoreOverWeight from './score-over-weight';
import missingDeviationReason from './missing-deviation-reason';
import actualUnitMismatch from './actual-unit-mismatch';
import gradeMismatch from './grade-mismatch';
import missingActual from './missing-actual';
import missingScore from './missing-score';
import missingTotalScore from './missing-total-score';

/** Every rule, in the order of DESIGN.md's table (self-evaluation rules last). */
export const RULES: readonly Rule[] = [
  totalMismatch,
  amountNotNumber,
  numberAsText,
  negativeAmount,
  missingGoal,
  missingTarget,
  missingIndicatorName,
  missingCategory,
  categoryMismatch,
  unknownCategory,
  missingLevel1,
  missingUnit,
  unitMismatch,
  rateOutOfRange,
  vagueTarget,
  compoundTarget,
  duplicateTask,
  duplicateIndicator,
  staleYear,
  markupInText,
  rateMismatch,
  scoreMismatch,
  weightsSum,
  scoreOverWeight,
  missingDeviationReason,
  actualUnitMismatch,
  gradeMismatch,
  missingActual,
  missingScore,
  missingTotalScore,
];

export const RULES_BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.code, r]));

/** Registers the docs and messages of rules (single-table or reconciliation) under `rules:<code>.<id>`. */
export function registerRuleMessages(metas: readonly { code: string; docs: Localized; messages: Record<string, Localized> }[]): void {
  const messagesFor = (lang: Lang): Record<string, Record<string, string>> => {
    const out: Record<string, Record<string, string>> = {};
    for (const meta of metas) {
      out[meta.code] = { docs: meta.docs[lang] };
      for (const [id, text] of Object.entries(meta.messages)) out[meta.code][id] = text[lang];
    }
    return out;
  };
  addMessages('rules', { 'zh-CN': messagesFor('zh-CN'), 'en-US': messagesFor('en-US') });
}

registerRuleMessages(RULES.map((r) => r.meta));
