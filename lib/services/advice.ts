import { directoryCopy, type DirectoryCopy, type HolderNote, type Service } from '../../content';
import { holderOfService } from '../plan/recovery-plan';
import type { Piece } from '../wizard/advice-safety';

/** What a service page adds for the account that may hold the Authenticator backup. */
export function serviceHolderAdvice(
  service: Service,
  words: DirectoryCopy = directoryCopy,
): readonly HolderNote[] {
  const holder = holderOfService(service.id);
  return holder ? words.backupHolder[holder].advice : [];
}

/**
 * What a service page advises and warns against, in the order it shows it: the summary,
 * warnings and caveat with the entry's tags, then the backup holder's advice.
 */
export function serviceAdvice(service: Service, words: DirectoryCopy = directoryCopy): Piece[] {
  const where = `service ${service.id}`;
  return [
    {
      where,
      texts: [service.summary, ...service.warnings, ...(service.caveat ? [service.caveat] : [])],
      does: service.does,
      warns: service.warns,
      offers: [],
    },
    ...serviceHolderAdvice(service, words).map((note, i) => ({
      where: `${where}, holder advice ${i + 1}`,
      texts: [note.text],
      does: note.does,
      warns: note.warns,
      offers: [],
    })),
  ];
}
