import { insightsCopy, outcomeContent, questionContent } from '@/content';
import type { Report } from '@/lib/insights/report';
import { TYPED_ANSWER } from '@/lib/insights/steps';
import { fill } from '@/lib/text';
import { InsightsBarChart } from './insights-bar-chart';
import { InsightsDayChart } from './insights-day-chart';

const t = insightsCopy.dashboard;
const cell = 'border-b border-slate-200 px-2 py-1 align-top dark:border-slate-700';
const head = `${cell} text-left font-semibold`;
const num = `${cell} text-right tabular-nums`;
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
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">{t.funnel.heading}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={head}>
                      {t.funnel.question}
                    </th>
                    <th scope="col" className={head}>
                      {t.funnel.reached}
                    </th>
                    <th scope="col" className={head}>
                      {t.funnel.answered}
                    </th>
                    <th scope="col" className={head}>
                      {t.funnel.dropped}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {funnel.map((row) => (
                    <tr key={row.question}>
                      <th scope="row" className={`${cell} text-left font-medium`}>
                        {questionTitle(row.question)}
                      </th>
                      <td className={num}>{row.reached}</td>
                      <td className={num}>{row.answered}</td>
                      <td className={num}>{row.dropped}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3 className="pt-4 text-lg font-bold">{t.funnel.answersHeading}</h3>
            {funnel.map((row) => (
              <table key={row.question} className="w-full border-collapse text-sm">
                <caption className="py-1 text-left font-semibold">
                  {questionTitle(row.question)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={head}>
                      {t.funnel.answer}
                    </th>
                    <th scope="col" className={`${head} text-right`}>
                      {t.funnel.chosen}
                    </th>
                    <th scope="col" className={`${head} text-right`}>
                      {t.funnel.share}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {row.answers.map((a) => (
                    <tr key={a.answer}>
                      <th scope="row" className={`${cell} text-left font-normal`}>
                        {answerLabel(row.question, a.answer)}
                      </th>
                      <td className={num}>{a.chosen}</td>
                      <td className={num}>{percent(a.share)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
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
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">{t.outcomes.heading}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={head}>
                      {t.outcomes.result}
                    </th>
                    <th scope="col" className={head}>
                      {t.outcomes.kind}
                    </th>
                    <th scope="col" className={head}>
                      {t.outcomes.reached}
                    </th>
                    <th scope="col" className={head}>
                      {t.outcomes.share}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {outcomes.map((row) => (
                    <tr key={row.outcome}>
                      <th scope="row" className={`${cell} text-left font-medium`}>
                        {outcomeContent(row.outcome)?.title ?? row.outcome}
                      </th>
                      <td className={cell}>
                        {row.category === 'fix' ? t.outcomes.fix : t.outcomes.referral}
                      </td>
                      <td className={num}>{row.reached}</td>
                      <td className={num}>{percent(row.share)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </Section>

      <Section id="days" heading={t.days.heading}>
        <div className="mt-4 space-y-4">
          <InsightsDayChart id="days-chart" title={t.days.chartTitle} days={days} />
          <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-labelledby="days">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t.days.heading}</caption>
              <thead>
                <tr>
                  <th scope="col" className={head}>
                    {t.days.day}
                  </th>
                  <th scope="col" className={head}>
                    {t.days.started}
                  </th>
                  <th scope="col" className={head}>
                    {t.days.results}
                  </th>
                </tr>
              </thead>
              <tbody>
                {days.map((day) => (
                  <tr key={day.day}>
                    <th scope="row" className={`${cell} text-left font-medium`}>
                      {day.day}
                    </th>
                    <td className={num}>{day.started}</td>
                    <td className={num}>{day.results}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </Section>
    </>
  );
}
