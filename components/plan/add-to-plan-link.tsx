'use client';

import { useSyncExternalStore } from 'react';
import { carryTicksFrom, readStored, subscribeStored } from '@/components/browser/plan-store';
import { TextLink } from '@/components/ui/text-link';
import { lastPlanHref } from '@/lib/plan/href';
import { LAST_PLAN_KEY, parseLastPlan, withService } from '@/lib/plan/ticks';
import { fill } from '@/lib/text';

type Props = {
  id: string;
  name: string;
  /** The one-service plan: the link without JavaScript, or when this browser has no plan yet. */
  href: string;
  copy: { addToPlan: string; addToYourPlan: string; inYourPlan: string };
};

/** "Add X to a recovery plan": to the plan this browser last opened, with its ticks, if any. */
export function AddToPlanLink({ id, name, href, copy }: Props) {
  const raw = useSyncExternalStore(
    subscribeStored,
    () => readStored(LAST_PLAN_KEY),
    () => '',
  );
  const last = parseLastPlan(raw || null);
  if (!last) {
    return (
      <TextLink href={href} look="action">
        {fill(copy.addToPlan, { name })}
      </TextLink>
    );
  }
  const already = last.ids.includes(id);
  return (
    <TextLink
      href={lastPlanHref(last, withService(last, id))}
      look="action"
      onClick={() => carryTicksFrom(last.ticksKey)}
    >
      {fill(already ? copy.inYourPlan : copy.addToYourPlan, { name })}
    </TextLink>
  );
}
