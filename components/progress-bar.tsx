import type { Ui } from '@/content';
import { fill } from '@/lib/text';

type Props = { current: number; total: number; fraction: number; done: boolean; ui: Ui };

export function ProgressBar({ current, total, fraction, done, ui }: Props) {
  const text = done ? ui.wizard.progressDone : fill(ui.wizard.progress, { current, total });
  const percent = Math.round(fraction * 100);
  return (
    <div className="no-print mb-5">
      <p className="mb-1 text-sm text-slate-600 dark:text-slate-400" id="progress-text">
        {text}
      </p>
      <div
        role="progressbar"
        aria-label={ui.wizard.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
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
