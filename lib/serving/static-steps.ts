import type { Answer } from '../../machines/diagnosis-machine';
import { answerPaths } from '../wizard/paths';
import { answer, startSnapshot, type Replay } from '../wizard/replay';

/**
 * The prerendered form of a wizard link. A page that reads its query string is rendered per
 * request, so every step the machine can reach is also built once under a path that holds
 * the same answers, `/check/<version>/<answer>/<answer>…`, and proxy.ts rewrites a link to
 * it (the address bar keeps the link people shared). Only the answers' values are in the
 * path: replayed from the first question they say which question each one answers.
 *
 * The set comes from the machine (`answerPaths`), never from a list kept by hand. A typed
 * app version cannot be enumerated: a link with one that the graph did not try is rendered
 * per request, so what the person typed shows in every link, form and transcript.
 */

/** Values that can stand in a path segment as they are, with nothing to encode. */
const SEGMENT = /^[A-Za-z0-9._-]{1,64}$/;

/** The answers of every prerendered step, the first question (no answers) included. */
export function prerenderedAnswers(): Answer[][] {
  const journeys = answerPaths()
    .map((path) => path.answers)
    .filter((answers) => answers.length > 0);
  return [[], ...journeys].filter((answers) => answers.every((a) => SEGMENT.test(a.value)));
}

/** The prerendered path for a page (`/check`, `/embed`) at these answers. */
export function stepPath(page: string, answers: readonly Answer[], version: number): string {
  return [page, String(version), ...answers.map((a) => a.value)].join('/');
}

/** The path segments (version first) of every prerendered step, for generateStaticParams. */
export function stepSegments(version: number): string[][] {
  return prerenderedAnswers().map((answers) => [String(version), ...answers.map((a) => a.value)]);
}

/**
 * The answers a prerendered path's segments stand for, replayed from the first question, or
 * null when they are not a journey the machine takes at this content version.
 */
export function answersOfSegments(segments: readonly string[], version: number): Answer[] | null {
  const [first, ...values] = segments;
  if (first !== String(version)) return null;
  let snapshot = startSnapshot();
  for (const value of values) {
    if (snapshot.hasTag('outcome')) return null;
    const next = answer(snapshot, value);
    if (!next) return null;
    snapshot = next;
  }
  return snapshot.context.answers;
}

/**
 * The prerendered path a wizard link can be served from, given its replay: only when the link
 * is exactly a journey (no unknown, repeated or unused parameter, the current version), since
 * the page says something about every other link. Null otherwise.
 */
export function stepPathOfReplay(
  page: string,
  replay: Pick<Replay, 'answers' | 'problems'>,
  version: number,
): string | null {
  if (replay.problems.length > 0) return null;
  if (!replay.answers.every((a) => SEGMENT.test(a.value))) return null;
  return stepPath(page, replay.answers, version);
}

/** The route params of every prerendered step, for `generateStaticParams`. */
export function stepParams(version: number): { answers: string[] }[] {
  return stepSegments(version).map((answers) => ({ answers }));
}

/** A prerendered step's answers from its route params; null for a path no step is built for. */
export async function stepAnswersOf(
  params: Promise<{ answers: string[] }>,
  version: number,
): Promise<Answer[] | null> {
  return answersOfSegments((await params).answers, version);
}
