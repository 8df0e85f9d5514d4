import type { WizardUi } from '@/content';
import { fill } from '@/lib/text';

type Props = {
  current: number;
  atMostAfter: number;
  fraction: number;
  done: boolean;
  ui: WizardUi;
};

function aheadText(left: number, ui: WizardUi): string {
  if (left === 0) return ui.wizard.progressLast;
  return left === 1 ? ui.wizard.progressOneMore : fill(ui.wizard.progressMore, { left });
}

/**
 * Which question this is and the most that can follow (a number that only goes down), over a
 * bar that only moves forward: nothing that promises a total the journey may not have.
 */
export function ProgressBar({ current, atMostAfter, fraction, done, ui }: Props) {
  const text = done ? ui.wizard.progressDone : fill(ui.wizard.progress, { current });
  const ahead = done ? null : aheadText(atMostAfter, ui);
  const percent = Math.round(fraction * 100);
  return (
    <div className="no-print mb-5">
      <p className="mb-1 text-sm text-slate-600 dark:text-slate-400" id="progress-text">
        <span className="font-semibold text-slate-800 dark:text-slate-200">{text}</span>
        {ahead && <span> · {ahead}</span>}
      </p>
      <div
        role="progressbar"
        aria-label={ui.wizard.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={ahead ? `${text}. ${ahead}` : text}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className="h-full rounded-full bg-accent transition-[width]"
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
