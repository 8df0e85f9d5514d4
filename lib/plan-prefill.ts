import { answerTo, type Answer } from '../machines/diagnosis-machine';
import { planHref } from './plan-href';
import type { BackupHolder, PlanOptions } from './recovery-plan';

/**
 * Outcomes where codes are lost and each account needs its own recovery: these lead on to
 * the recovery plan.
 */
export const PLAN_OUTCOMES: readonly string[] = [
  'service-recovery',
  'cross-platform',
  'backup-overwritten',
  'wrong-recovery-account',
];

/** The platform of the phone the backup was made on, from whichever question named it. */
function oldPhone(answers: readonly Answer[]): 'ios' | 'android' | undefined {
  const platforms = answerTo(answers, 'platforms');
  const from = platforms?.split('-')[0] ?? answerTo(answers, 'error-platform');
  return from === 'ios' || from === 'android' ? from : undefined;
}

/**
 * Which account held the Authenticator backup. The old phone decides, since that is where the
 * backup was made: iCloud with the Apple Account on a current iPhone, a personal Microsoft
 * account on Android. An iPhone on the older in-app backup (an "iCloud backup" switch, or a
 * "Begin recovery" screen asking for a Microsoft account) tied it to a Microsoft account.
 */
function backupHolder(answers: readonly Answer[]): BackupHolder | undefined {
  const phone = oldPhone(answers);
  if (phone === 'android') return 'microsoft';
  if (phone !== 'ios') return undefined;
  const legacy =
    answerTo(answers, 'ios-model') === 'in-app-switch' ||
    answerTo(answers, 'ios-new-phone') === 'begin-recovery';
  return legacy ? 'microsoft' : 'apple';
}

/** What the wizard's answers already tell the plan: the backup holder, work or school accounts. */
export function planPrefill(answers: readonly Answer[]): PlanOptions {
  const options: PlanOptions = {};
  const holder = backupHolder(answers);
  if (holder) options.backupHolder = holder;
  if (answerTo(answers, 'account-type') === 'work-school') options.workSchool = true;
  return options;
}

/** The plan link for an outcome, prefilled from the answers; null where a plan does not fit. */
export function planLinkFor(outcomeId: string, answers: readonly Answer[]): string | null {
  if (!PLAN_OUTCOMES.includes(outcomeId)) return null;
  return planHref([], planPrefill(answers));
}
