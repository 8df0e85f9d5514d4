'use client';

import { useId, useState, type FormEvent } from 'react';
import { carryTicksFrom } from '@/components/browser/plan-store';
import { useHydrated } from '@/components/browser/use-hydrated';
import { Button } from '@/components/ui/button';
import type { ServicesUi } from '@/content';
import { planServiceIds } from '@/lib/plan/recovery-plan';
import { searchServices } from '@/lib/services/search';
import { fill } from '@/lib/text';

export type PickerGroup = {
  category: string;
  label: string;
  services: { id: string; name: string; aliases: readonly string[]; domains: readonly string[] }[];
};

type Props = {
  groups: PickerGroup[];
  selected: readonly string[];
  workSchool: boolean;
  backupHolder: 'microsoft' | 'apple' | undefined;
  copy: ServicesUi['plan'];
  /** Where the current plan's ticks are kept, so the changed plan starts with them. */
  ticksKey?: string;
};

const cardClass =
  'flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 border-slate-300 bg-white px-3 py-2 text-slate-900 hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:has-[:checked]:bg-slate-800';
const boxClass = 'h-5 w-5 shrink-0 accent-[var(--accent)]';

/**
 * A plain GET form of checkboxes that builds the plan link, so it works without JavaScript.
 * With JavaScript a filter box narrows the list as you type; ticked boxes stay ticked.
 */
export function PlanPicker({ groups, selected, workSchool, backupHolder, copy, ticksKey }: Props) {
  const hydrated = useHydrated();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const all = groups.flatMap((group) => group.services);
  const query = filter.trim();
  const shown = query
    ? new Set(searchServices(all, query, all.length).map((match) => match.service.id))
    : null;
  const count = shown?.size ?? all.length;
  // Counted as the plan counts: the backup holder and the work account it adds are in it too.
  const [planSize, setPlanSize] = useState(
    () => planServiceIds(selected, { workSchool, backupHolder }).size,
  );
  const countPlan = (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    const holder = form.get('holder');
    const ids = form.getAll('s').filter((id) => typeof id === 'string');
    setPlanSize(
      planServiceIds(ids, {
        workSchool: form.get('work') === '1',
        backupHolder: holder === 'apple' || holder === 'microsoft' ? holder : undefined,
      }).size,
    );
  };
  // The new plan starts with the ticks already made: adding a service resets nothing.
  const keepTicks = () => {
    if (ticksKey) carryTicksFrom(ticksKey);
  };

  return (
    <form method="get" action="/plan" className="mt-3" onChange={countPlan} onSubmit={keepTicks}>
      <p className="text-slate-700 dark:text-slate-300">{copy.pickerHint}</p>
      {hydrated && (
        <div className="mt-3">
          <label htmlFor={filterId} className="block font-semibold">
            {copy.filterLabel}
          </label>
          <p id={`${filterId}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
            {copy.filterHint}
          </p>
          <input
            id={filterId}
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            aria-describedby={`${filterId}-hint`}
            className="mt-2 min-h-12 w-full max-w-sm rounded-md border-2 border-slate-400 bg-white px-3 text-lg text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
          />
          <p role="status" className="mt-2 min-h-6 text-sm">
            {query
              ? count === 0
                ? copy.filterNone
                : fill(count === 1 ? copy.filterCountOne : copy.filterCountMany, { count })
              : ''}
          </p>
        </div>
      )}
      {groups.map((group) => {
        const visible = group.services.filter((service) => !shown || shown.has(service.id));
        return (
          <fieldset key={group.category} hidden={visible.length === 0} className="mt-5">
            <legend className="text-lg font-semibold">{group.label}</legend>
            <ul className="mt-2 grid gap-2 sm:grid-cols-2">
              {group.services.map((service) => (
                <li key={service.id} hidden={shown !== null && !shown.has(service.id)}>
                  <label className={cardClass}>
                    <input
                      type="checkbox"
                      name="s"
                      value={service.id}
                      defaultChecked={selected.includes(service.id)}
                      className={boxClass}
                    />
                    <span>{service.name}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      <fieldset className="mt-8 rounded-lg border-2 border-slate-300 p-4 dark:border-slate-600">
        <legend className="px-1 text-lg font-semibold">{copy.aboutLegend}</legend>
        <label className="flex min-h-11 cursor-pointer items-center gap-3">
          <input
            type="checkbox"
            name="work"
            value="1"
            defaultChecked={workSchool}
            className={boxClass}
          />
          <span>{copy.workLabel}</span>
        </label>
        <fieldset className="mt-4">
          <legend className="font-semibold">{copy.holderLegend}</legend>
          {(['apple', 'microsoft', 'none'] as const).map((value) => (
            <label key={value} className="mt-1 flex min-h-11 cursor-pointer items-center gap-3">
              <input
                type="radio"
                name="holder"
                value={value === 'none' ? '' : value}
                defaultChecked={(backupHolder ?? 'none') === value}
                className={boxClass}
              />
              <span>{copy.holder[value]}</span>
            </label>
          ))}
        </fieldset>
      </fieldset>
      {/* Stays in view at the foot of the screen while the list scrolls past. */}
      <div className="sticky bottom-0 z-10 -mx-4 mt-6 border-t border-slate-200 bg-white/95 px-4 py-3 dark:border-slate-700 dark:bg-[#0b1220]/95">
        <Button type="submit" size="wide" className="w-full sm:w-auto">
          {hydrated
            ? fill(planSize === 1 ? copy.submitCountOne : copy.submitCount, { count: planSize })
            : copy.submit}
        </Button>
      </div>
    </form>
  );
}
