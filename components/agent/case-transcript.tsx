export type CaseStep = { question: string; answer: string; rule: string };

type Props = {
  steps: CaseStep[];
  heading: string;
  empty: string;
  labels: { answer: string; rule: string };
};

/** Each question the customer answered, their answer, and the rule that chose the next step. */
export function CaseTranscript({ steps, heading, empty, labels }: Props) {
  return (
    <section className="mt-8" aria-labelledby="case-transcript">
      <h2 id="case-transcript" className="text-xl font-bold">
        {heading}
      </h2>
      {steps.length === 0 ? (
        <p className="mt-2">{empty}</p>
      ) : (
        <ol className="mt-3 list-decimal space-y-4 pl-6">
          {steps.map((step, i) => (
            <li key={i}>
              <p className="font-semibold">{step.question}</p>
              <dl className="mt-1 text-sm">
                <div className="flex flex-wrap gap-x-2">
                  <dt className="text-slate-600 dark:text-slate-400">{labels.answer}:</dt>
                  <dd className="font-medium">{step.answer}</dd>
                </div>
                <div className="flex flex-wrap gap-x-2">
                  <dt className="text-slate-600 dark:text-slate-400">{labels.rule}:</dt>
                  <dd>{step.rule}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
