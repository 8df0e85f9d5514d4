import { insightsCopy, outcomeContent, questionContent } from '@/content';
import { OTHER_LANGUAGE } from '@/lib/insights/language';
import type { Report } from '@/lib/insights/report';
import { TYPED_ANSWER } from '@/lib/insights/steps';
import { fill } from '@/lib/text';
import { CountTable } from './count-table';
import { InsightsBarChart } from './insights-bar-chart';
import { InsightsDayChart } from './insights-day-chart';

const t = insightsCopy.dashboard;
const percent = (share: number) => `${Math.round(share * 100)}%`;

const questionTitle = (id: string) => questionContent(id)?.title ?? id;
const outcomeTitle = (id: string) => outcomeContent(id)?.title ?? id;
const answerLabel = (question: string, answer: string) =>
  answer === TYPED_ANSWER
    ? t.funnel.typed
    : (questionContent(question)?.answers[answer]?.label ?? answer);

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (code: string) =>
  code === OTHER_LANGUAGE ? t.languages.other : `${languageNames.of(code) ?? code} (${code})`;

/** A part of the report: its intro, then the charts and tables, or what to say if empty. */
function Section({
  id,
  heading,
  intro,
  empty,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  /** Shown instead of the charts when there is nothing to count yet. */
  empty?: string | false;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {intro && <p className="mt-1 text-slate-700 dark:text-slate-300">{intro}</p>}
      {empty ? <p className="mt-3">{empty}</p> : <div className="mt-4 space-y-4">{children}</div>}
    </section>
  );
}

/** The funnel, the results and the days: each chart with the same numbers in a table. */
export function InsightsReportView({ report }: { report: Report }) {
  const { funnel, outcomes, split, days, languages } = report;
  return (
    <>
      <Section
        id="funnel"
        heading={t.funnel.heading}
        intro={t.funnel.intro}
        empty={funnel.length === 0 && t.funnel.empty}
      >
        <InsightsBarChart
          id="funnel-chart"
          title={t.funnel.chartTitle}
          bars={funnel.map((row) => ({
            label: questionTitle(row.question),
            parts: [
              { value: row.answered, tone: 'strong' },
              { value: row.dropped, tone: 'soft' },
            ],
          }))}
        />
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="funnel">
          <CountTable
            caption={t.funnel.heading}
            columns={[
              { label: t.funnel.question },
              { label: t.funnel.reached, numeric: true },
              { label: t.funnel.answered, numeric: true },
              { label: t.funnel.dropped, numeric: true },
            ]}
            rows={funnel.map((row) => ({
              key: row.question,
              label: questionTitle(row.question),
              cells: [row.reached, row.answered, row.dropped],
            }))}
          />
        </div>
        <h3 className="pt-4 text-lg font-bold">{t.funnel.answersHeading}</h3>
        {funnel.map((row) => (
          <CountTable
            key={row.question}
            caption={questionTitle(row.question)}
            captionVisible
            rowLabelWeight="normal"
            columns={[
              { label: t.funnel.answer },
              { label: t.funnel.chosen, numeric: true },
              { label: t.funnel.share, numeric: true },
            ]}
            rows={row.answers.map((a) => ({
              key: a.answer,
              label: answerLabel(row.question, a.answer),
              cells: [a.chosen, percent(a.share)],
            }))}
          />
        ))}
      </Section>

      <Section
        id="outcomes"
        heading={t.outcomes.heading}
        intro={fill(t.outcomes.intro, { fix: split.fix, referral: split.referral })}
        empty={outcomes.length === 0 && t.outcomes.empty}
      >
        <InsightsBarChart
          id="outcomes-chart"
          title={t.outcomes.chartTitle}
          bars={outcomes.map((row) => ({
            label: outcomeTitle(row.outcome),
            parts: [{ value: row.reached, tone: row.category === 'fix' ? 'strong' : 'soft' }],
          }))}
        />
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="outcomes">
          <CountTable
            caption={t.outcomes.heading}
            columns={[
              { label: t.outcomes.result },
              { label: t.outcomes.kind },
              { label: t.outcomes.reached, numeric: true },
              { label: t.outcomes.share, numeric: true },
              { label: t.outcomes.resolved, numeric: true },
              { label: t.outcomes.yes, numeric: true },
              { label: t.outcomes.notYet, numeric: true },
              { label: t.outcomes.no, numeric: true },
            ]}
            rows={outcomes.map((row) => ({
              key: row.outcome,
              label: outcomeTitle(row.outcome),
              cells: [
                row.category === 'fix' ? t.outcomes.fix : t.outcomes.referral,
                row.reached,
                percent(row.share),
                row.resolved === null ? t.outcomes.none : percent(row.resolved),
                row.feedback.yes,
                row.feedback['not-yet'],
                row.feedback.no,
              ],
            }))}
          />
        </div>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t.outcomes.feedbackIntro}</p>
      </Section>

      <Section
        id="languages"
        heading={t.languages.heading}
        intro={t.languages.intro}
        empty={languages.length === 0 && t.languages.empty}
      >
        <CountTable
          caption={t.languages.heading}
          columns={[
            { label: t.languages.language },
            { label: t.languages.shown, numeric: true },
            { label: t.languages.share, numeric: true },
          ]}
          rows={languages.map((row) => ({
            key: row.language,
            label: languageName(row.language),
            cells: [row.shown, percent(row.share)],
          }))}
        />
      </Section>

      <Section id="days" heading={t.days.heading}>
        <InsightsDayChart id="days-chart" title={t.days.chartTitle} days={days} />
        <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-labelledby="days">
          <CountTable
            caption={t.days.heading}
            columns={[
              { label: t.days.day },
              { label: t.days.started, numeric: true },
              { label: t.days.results, numeric: true },
            ]}
            rows={days.map((day) => ({
              key: day.day,
              label: day.day,
              cells: [day.started, day.results],
            }))}
          />
        </div>
      </Section>
    </>
  );
}
