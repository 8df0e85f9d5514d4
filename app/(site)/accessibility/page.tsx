import type { Metadata } from 'next';
import { accessibilityCopy as t } from '@/content';

export const metadata: Metadata = { title: t.metaTitle, description: t.intro };

function Part({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="text-xl font-bold">{heading}</h2>
      {children}
    </section>
  );
}

const list = (items: readonly string[]) => (
  <ul className="mt-3 list-disc space-y-2 pl-5">
    {items.map((item) => (
      <li key={item}>{item}</li>
    ))}
  </ul>
);

/** The accessibility statement: prerendered, the same for everyone. */
export default function AccessibilityPage() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.intro}</p>
      <Part heading={t.standardHeading}>
        <p className="mt-3">{t.standard}</p>
      </Part>
      <Part heading={t.testedHeading}>
        <p className="mt-3">{t.testedIntro}</p>
        {list(t.tested)}
      </Part>
      <Part heading={t.limitsHeading}>{list(t.limits)}</Part>
      <Part heading={t.reportHeading}>
        <p className="mt-3">{t.report}</p>
      </Part>
      <p className="mt-8 text-sm text-slate-600 dark:text-slate-400">{t.checkedOn}</p>
    </>
  );
}
