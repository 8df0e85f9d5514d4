import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { BuilderForm, BuilderSelect } from '@/components/agent/builder-form';
import { LinkNotice } from '@/components/ui/link-notice';
import { ProblemBox } from '@/components/ui/problem-box';
import { SharePanel } from '@/components/agent/share-panel';
import { TextLink } from '@/components/ui/text-link';
import { Transcript } from '@/components/wizard/transcript';
import { agentContent, answerLabel, CONTENT_VERSION, stepTitle, ui } from '@/content';
import { QUESTION_IDS } from '@/machines/diagnosis-machine';
import { encodeCaseCode } from '@/lib/case/code';
import { answerValues, OUTCOME_IDS, outcomeCategory } from '@/lib/wizard/flow';
import { buildLink, SITUATION_QUESTIONS, type BuiltLink } from '@/lib/case/link-builder';
import { originFrom } from '@/lib/serving/origin';
import { problemMessages } from '@/lib/wizard/problem-text';
import { qrSvg } from '@/lib/qr';
import { hrefFor } from '@/lib/wizard/step-model';
import { fill } from '@/lib/text';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: agentContent.builder.title,
  robots: { index: false },
};

const titleOf = (id: string) => stepTitle(id) ?? id;
const situationsText = (values: string[]) =>
  values.map((value) => `“${answerLabel('goal', value)}”`).join(', ');

/** Why no link was made from the chosen step and situation, or null when one was. */
function builtProblem(built: BuiltLink, t: typeof agentContent.builder): string | null {
  switch (built.kind) {
    case 'unknown-step':
      return t.notFound;
    case 'unknown-situation':
      return t.unknownSituation;
    case 'needs-situation':
      return fill(t.needsSituation, {
        title: titleOf(built.stateId),
        situations: situationsText(built.situations),
      });
    case 'situation-misses':
      return fill(t.situationMisses, {
        title: titleOf(built.stateId),
        situation: answerLabel('goal', built.situation),
        situations: situationsText(built.situations),
      });
    default:
      return null;
  }
}
/** The link builder: pick a step or a situation, get the customer's link, code and QR code. */
export default async function BuildPage(props: Props) {
  const t = agentContent.builder;
  const params = await props.searchParams;
  const built = buildLink(params, CONTENT_VERSION);
  const chosen = (name: string) => (typeof params[name] === 'string' ? params[name] : undefined);
  const situationOptions = [
    { value: '', label: t.situationChoose },
    ...answerValues('goal').map((value) => ({ value, label: answerLabel('goal', value) })),
  ];
  const situationSelect = (form: string) => (
    <BuilderSelect
      id={`build-${form}-goal`}
      name="goal"
      label={t.situationLabel}
      value={chosen('goal')}
      groups={[{ options: situationOptions }]}
      required
    />
  );
  const problem = builtProblem(built, t);
  const outcomeGroups = (['fix', 'referral'] as const).map((category) => ({
    label: category === 'fix' ? ui.outcome.fixLabel : ui.outcome.referralLabel,
    options: OUTCOME_IDS.filter((id) => outcomeCategory(id) === category).map((id) => ({
      value: id,
      label: titleOf(id),
    })),
  }));

  let result = null;
  if (built.kind === 'built') {
    const path = hrefFor('/check', built.answers, CONTENT_VERSION);
    const origin = originFrom(await headers());
    const url = origin ? `${origin}${path}` : path;
    result = (
      <section
        aria-labelledby="built-result"
        className="mt-8 rounded-lg border-2 border-accent p-4"
      >
        <h2 id="built-result" className="text-xl font-bold">
          {t.resultHeading}
        </h2>
        <LinkNotice
          heading={ui.problems.heading}
          intro={ui.problems.intro}
          messages={problemMessages(built.problems, titleOf, ui)}
        />
        <p className="mt-2 font-medium">{fill(t.opensAt, { title: titleOf(built.stateId) })}</p>
        <SharePanel
          idPrefix="built"
          link={url}
          code={encodeCaseCode(built.answers, CONTENT_VERSION)}
          qrSvg={await qrSvg(url)}
          texts={{
            ...agentContent.share,
            linkLabel: t.linkLabel,
            linkHint: t.linkHint,
            qrHint: t.qrHint,
            qrLabel: t.qrLabel,
          }}
        />
        {built.answers.length > 0 ? (
          <Transcript
            heading={t.answersHeading}
            lines={built.answers.map((a) => ({
              question: titleOf(a.question),
              answer: answerLabel(a.question, a.value),
            }))}
          />
        ) : (
          <p className="mt-6">{t.noneFilled}</p>
        )}
        <p className="mt-4">
          <TextLink as={Link} href={path} prefetch={false} look="action">
            {t.preview}
          </TextLink>
        </p>
      </section>
    );
  }

  return (
    <>
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.intro}</p>
      {problem && <ProblemBox heading={agentContent.console.problemHeading} messages={[problem]} />}
      {result}
      <BuilderForm
        id="build-outcome"
        heading={t.outcomeHeading}
        hint={t.stepHint}
        submit={t.submit}
      >
        {situationSelect('outcome')}
        <BuilderSelect
          id="build-outcome-select"
          name="to"
          label={t.outcomeLabel}
          value={chosen('to')}
          groups={outcomeGroups}
        />
      </BuilderForm>
      <BuilderForm
        id="build-question"
        heading={t.questionHeading}
        hint={t.stepHint}
        submit={t.submit}
      >
        {situationSelect('question')}
        <BuilderSelect
          id="build-question-select"
          name="to"
          label={t.questionLabel}
          value={chosen('to')}
          groups={[{ options: QUESTION_IDS.map((id) => ({ value: id, label: titleOf(id) })) }]}
        />
      </BuilderForm>
      <BuilderForm
        id="build-situation"
        heading={t.situationHeading}
        hint={t.situationHint}
        submit={t.submit}
        hidden={{ name: 'from', value: 'situation' }}
      >
        {SITUATION_QUESTIONS.map((id) => (
          <BuilderSelect
            key={id}
            id={`build-${id}`}
            name={id}
            label={titleOf(id)}
            value={chosen(id)}
            groups={[
              {
                options: [
                  { value: '', label: t.notSet },
                  ...answerValues(id).map((value) => ({
                    value,
                    label: answerLabel(id, value),
                  })),
                ],
              },
            ]}
          />
        ))}
      </BuilderForm>
      <p className="no-print mt-8 border-t border-slate-200 pt-4 dark:border-slate-800">
        <TextLink as={Link} href="/agent" prefetch={false} look="action">
          <span aria-hidden="true">←&nbsp;</span>
          {t.back}
        </TextLink>
      </p>
    </>
  );
}
