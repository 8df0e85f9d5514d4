type Props = { heading: string; intro: string; messages: string[] };

/** Says plainly which part of a link could not be used; the page carries on below it. */
export function LinkNotice({ heading, intro, messages }: Props) {
  if (messages.length === 0) return null;
  return (
    <div
      role="status"
      className="mb-6 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950/40"
    >
      <h2 className="font-semibold">{heading}</h2>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm">{intro}</p>
    </div>
  );
}
