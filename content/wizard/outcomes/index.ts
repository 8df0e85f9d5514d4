import { afterRestoreOutcomes } from './after-restore';
import { androidOutcomes } from './android';
import { iphoneOutcomes } from './iphone';
import { recoveryOutcomes } from './recovery';
import { situationOutcomes } from './situation';

/** The words for each outcome state, by the machine's sections: what to do, in order. */
export const outcomes = {
  ...iphoneOutcomes,
  ...androidOutcomes,
  ...afterRestoreOutcomes,
  ...recoveryOutcomes,
  ...situationOutcomes,
};
