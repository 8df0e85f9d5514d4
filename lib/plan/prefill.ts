import {
  answerTo,
  backupHolderOf,
  diagnosisMachine,
  type Answer,
} from '../../machines/diagnosis-machine';
import { OUTCOME_IDS } from '../wizard/flow';
import { planHref } from './href';
import type { PlanOptions } from './recovery-plan';

/**
 * Outcomes where accounts are recovered one by one (tagged `plan` in the machine): these lead
 * on to the recovery plan.
 */
export const PLAN_OUTCOMES: readonly string[] = OUTCOME_IDS.filter((id) =>
  diagnosisMachine.root.states[id]?.tags.includes('plan'),
);

/** What the wizard's answers already tell the plan: the backup holder, work or school accounts. */
export function planPrefill(answers: readonly Answer[]): PlanOptions {
  const options: PlanOptions = {};
  const holder = backupHolderOf(answers);
  if (holder) options.backupHolder = holder;
  if (answerTo(answers, 'account-type') === 'work-school') options.workSchool = true;
  return options;
}

/** The plan link for an outcome, prefilled from the answers; null where a plan does not fit. */
export function planLinkFor(outcomeId: string, answers: readonly Answer[]): string | null {
  if (!PLAN_OUTCOMES.includes(outcomeId)) return null;
  return planHref([], planPrefill(answers));
}
