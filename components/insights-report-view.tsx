import { insightsCopy, outcomeContent, questionContent } from '@/content';
import type { Report } from '@/lib/insights/report';
import { TYPED_ANSWER } from '@/lib/insights/steps';
import { fill } from '@/lib/text';
import { CountTable } from './count-table';
import { InsightsBarChart } from './insights-bar-chart';
import { InsightsDayChart } from './insights-day-chart';

const t = insightsCopy.dashboard;
const percent = (share: number) => `${Math.round(share * 100)}%`;

const questionTitle = (id: string) => questionContent(id)?.title ?? id;
const answerLabel = (question: string, answer: string) =>
  answer === TYPED_ANSWER
    ? t.funnel.typed
    : (questionContent(question)?.answers[answer]?.label ?? answer);

function Section({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** The funnel, the results and the days: each chart with the same numbers in a table. */
export function InsightsReportView({ report }: { report: Report }) {
  const { funnel, outcomes, split, days } = report;
  return (
    <>
      <Section id="funnel" heading={t.funnel.heading}>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{t.funnel.intro}</p>
        {funnel.length === 0 ? (
          <p className="mt-3">{t.funnel.empty}</p>
        ) : (
          <div className="mt-4 space-y-4">
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
          </div>
        )}
      </Section>

      <Section id="outcomes" heading={t.outcomes.heading}>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {fill(t.outcomes.intro, { fix: split.fix, referral: split.referral })}
        </p>
        {outcomes.length === 0 ? (
          <p className="mt-3">{t.outcomes.empty}</p>
        ) : (
          <div className="mt-4 space-y-4">
            <InsightsBarChart
              id="outcomes-chart"
              title={t.outcomes.chartTitle}
              bars={outcomes.map((row) => ({
                label: outcomeContent(row.outcome)?.title ?? row.outcome,
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
                ]}
                rows={outcomes.map((row) => ({
                  key: row.outcome,
                  label: outcomeContent(row.outcome)?.title ?? row.outcome,
                  cells: [
                    row.category === 'fix' ? t.outcomes.fix : t.outcomes.referral,
                    row.reached,
                    percent(row.share),
                  ],
                }))}
              />
            </div>
          </div>
        )}
      </Section>

      <Section id="days" heading={t.days.heading}>
        <div className="mt-4 space-y-4">
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
        </div>
      </Section>
    </>
  );
}
