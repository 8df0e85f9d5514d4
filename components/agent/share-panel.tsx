import { CopyField } from '@/components/ui/copy-field';
import { QrCode } from '@/components/ui/qr-code';
import type { AgentContent, Ui } from '@/content';
import { ShareButton } from './share-button';

type Props = {
  idPrefix: string;
  link: string;
  code: string | null;
  qrSvg: string;
  texts: AgentContent['share'];
  /** The share sheet's words; without them no share button is offered. */
  sheet?: { title: string; texts: Ui['shareSheet'] };
};

/** The three ways to pass a step on: the link, the case code read aloud, and a QR code. */
export function SharePanel({ idPrefix, link, code, qrSvg, texts, sheet }: Props) {
  const copy = {
    copied: texts.copied,
    announcement: texts.copiedAnnouncement,
    failed: texts.copyFailed,
  };
  return (
    <div>
      <CopyField
        id={`${idPrefix}-link`}
        label={texts.linkLabel}
        hint={texts.linkHint}
        value={link}
        copyLabel={texts.copyLink}
        texts={copy}
        also={
          sheet && (
            <ShareButton
              url={link}
              title={sheet.title}
              label={sheet.texts.button}
              failed={sheet.texts.failed}
            />
          )
        }
      />
      {code && (
        <CopyField
          id={`${idPrefix}-code`}
          label={texts.codeLabel}
          hint={texts.codeHint}
          value={code}
          copyLabel={texts.copyCode}
          texts={copy}
          code
        />
      )}
      <section className="mt-6" aria-labelledby={`${idPrefix}-qr`}>
        <h2 id={`${idPrefix}-qr`} className="font-semibold">
          {texts.qrHeading}
        </h2>
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{texts.qrHint}</p>
        <QrCode svg={qrSvg} label={texts.qrLabel} />
      </section>
    </div>
  );
}
