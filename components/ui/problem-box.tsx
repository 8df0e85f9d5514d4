type Props = { heading: string; messages: string[] };

/** Why the console could not read what was entered, and what to do next. */
export function ProblemBox({ heading, messages }: Props) {
  return (
    <div
      role="alert"
      className="mt-6 rounded-lg border-l-4 border-red-600 bg-red-50 p-4 dark:border-red-400 dark:bg-red-950/40"
    >
      <h2 className="font-semibold">{heading}</h2>
      {messages.map((m) => (
        <p key={m} className="mt-1">
          {m}
        </p>
      ))}
    </div>
  );
}
