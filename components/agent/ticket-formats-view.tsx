import { CopyField, type CopyTexts } from '@/components/ui/copy-field';
import { ticketText } from '@/content';
import { TICKET_JSON_VERSION, type TicketFormats } from '@/lib/case/ticket-formats';
import { fill } from '@/lib/text';

type Props = { formats: TicketFormats; plainLabel: string; copy: CopyTexts };

/**
 * The ticket summary in four shapes, each in its own disclosure so the page stays short and
 * every one can be read and selected without JavaScript; Copy buttons come with it.
 */
export function TicketFormatsView({ formats, plainLabel, copy }: Props) {
  const t = ticketText;
  const shapes = [
    { key: 'text', title: t.text, label: plainLabel, copyLabel: t.copyText, value: formats.text },
    {
      key: 'markdown',
      title: t.markdown,
      label: t.markdown,
      copyLabel: t.copyMarkdown,
      value: formats.markdown,
    },
    {
      key: 'html',
      title: t.html,
      label: t.html,
      copyLabel: t.copyHtml,
      value: formats.html,
      plain: formats.text,
    },
    {
      key: 'json',
      title: fill(t.json, { version: TICKET_JSON_VERSION }),
      label: fill(t.json, { version: TICKET_JSON_VERSION }),
      copyLabel: t.copyJson,
      value: formats.json,
    },
  ];
  return (
    <div>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{t.formatsIntro}</p>
      {shapes.map((shape, i) => (
        <details
          key={shape.key}
          open={i === 0}
          className="mt-3 rounded-lg border-2 border-slate-300 px-4 py-2 dark:border-slate-600"
        >
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">{shape.title}</summary>
          <CopyField
            id={`ticket-${shape.key}`}
            label={shape.label}
            value={shape.value}
            copyLabel={shape.copyLabel}
            texts={copy}
            rows={12}
            plain={'plain' in shape ? shape.plain : undefined}
          />
        </details>
      ))}
    </div>
  );
}
