import { registerRuleMessages } from '../rules/registry';
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

// The same namespace as the single-table rules: one code space, one place to look a code up.
registerRuleMessages(RECONCILE_RULES.map((r) => r.meta));
