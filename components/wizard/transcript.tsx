export type TranscriptLine = { question: string; answer: string };

/** The answers that led here, so the person (or their support agent) can check them. */
export function Transcript({ lines, heading }: { lines: TranscriptLine[]; heading: string }) {
  return (
    <section className="mt-6" aria-labelledby="transcript-heading">
      <h2 id="transcript-heading" className="font-semibold">
        {heading}
      </h2>
      <dl className="mt-2 space-y-2 text-sm">
        {lines.map((line) => (
          <div key={line.question}>
            <dt className="text-slate-600 dark:text-slate-400">{line.question}</dt>
            <dd className="font-medium">{line.answer}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
