import Link from 'next/link';
import { CopyField } from '@/components/ui/copy-field';
import { LinkNotice } from '@/components/ui/link-notice';
import { SourceList } from '@/components/ui/source-cite';
import { TextLink } from '@/components/ui/text-link';
import type { AgentContent, Source, Ui } from '@/content';
import type { CaseReport } from '@/lib/case/report';
import { fill } from '@/lib/text';
import { CaseTranscript } from './case-transcript';
import { TicketFormatsView } from './ticket-formats-view';

type Props = {
  report: CaseReport;
  texts: AgentContent;
  sources: Record<string, Source>;
  ui: Ui;
};

/** The console's reading of one customer's journey, from their link or case code. */
export function CaseReportView({ report, texts, sources, ui }: Props) {
  const t = texts.console;
  const copy = {
    copied: texts.share.copied,
    announcement: texts.share.copiedAnnouncement,
    failed: texts.share.copyFailed,
  };
  const { now } = report;
  return (
    <div className="mt-8 border-t border-slate-200 pt-6 dark:border-slate-800">
      <h2 className="text-xl font-bold">
        {report.code ? fill(t.caseHeading, { code: report.code }) : t.linkHeading}
      </h2>
      <LinkNotice heading={t.noticeHeading} intro={t.noticeIntro} messages={report.notices} />
      {report.otherVersion && (
        <section
          aria-labelledby="other-version"
          className="mt-4 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950/40"
        >
          <h3 id="other-version" className="font-semibold">
            {t.otherVersion.heading}
          </h3>
          {report.otherVersion.messages.map((m) => (
            <p key={m} className="mt-1">
              {m}
            </p>
          ))}
          <h4 className="mt-3 font-semibold">{t.otherVersion.changesHeading}</h4>
          <ul className="mt-1 list-disc pl-5">
            {report.otherVersion.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="mt-8" aria-labelledby="case-summary">
        <h2 id="case-summary" className="text-xl font-bold">
          {t.summaryHeading}
        </h2>
        <TicketFormatsView formats={report.formats} plainLabel={t.summaryLabel} copy={copy} />
      </section>
      <CopyField
        id="case-link"
        label={t.linkLabel}
        value={report.link}
        copyLabel={t.copyLink}
        texts={copy}
      />
      {report.code && (
        <CopyField
          id="case-code"
          label={t.codeLabel}
          value={report.code}
          copyLabel={t.copyCode}
          texts={copy}
          code
        />
      )}
      <section className="mt-8" aria-labelledby="case-now">
        <h2 id="case-now" className="text-xl font-bold">
          {t.nowHeading}
        </h2>
        <p className="mt-2">
          {fill(now.kind === 'outcome' ? t.nowOutcome : t.nowQuestion, { title: now.title })}
        </p>
        <p className="mt-1">
          <TextLink as={Link} href={report.path} prefetch={false} look="strong">
            {t.openStep}
          </TextLink>
        </p>
      </section>
      {now.kind === 'outcome' && (
        <section className="mt-8" aria-labelledby="case-outcome" data-outcome={now.id}>
          <h2 id="case-outcome" className="text-xl font-bold">
            {t.outcomeHeading}
          </h2>
          <p className="mt-2 text-sm font-semibold tracking-wide text-accent-strong uppercase dark:text-accent">
            {now.category === 'fix' ? ui.outcome.fixLabel : ui.outcome.referralLabel}
          </p>
          <p className="text-lg font-semibold">{now.title}</p>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{now.summary}</p>
          <p className="mt-1">
            <TextLink as={Link} href={`/outcome/${now.id}`} prefetch={false} look="strong">
              {t.outcomePage}
            </TextLink>
          </p>
          <SourceList
            order={report.sourceOrder}
            sources={sources}
            ui={ui}
            heading={t.sourcesHeading}
          />
        </section>
      )}
      <CaseTranscript
        steps={report.steps}
        heading={t.transcriptHeading}
        empty={t.transcriptEmpty}
        labels={{ answer: t.answer, rule: t.rule }}
      />
    </div>
  );
}
