import { GovernanceRuleId, GovernanceViolation } from '@ws/domain';
import { Words } from '../core/i18n/words';

/** Reference data a page has, to name what violations point to */
export interface ViolationNames {
  partners: readonly { slug: string; name: string }[];
  streams: readonly { number: number; title: string }[];
}

/** A violation in the reader's language: `before`, the `subject` named, `after` */
export interface ViolationSentence {
  before: string;
  subject: string;
  after: string;
}

// Stands for the subject while the sentence is translated, so that each
// language may put it where its grammar wants it.
const SUBJECT = '\u0000';

/** What a violation is about, in the reader's language: "Stream 4", a partner's name, an action's code. */
export function violationSubject(
  words: Words | null,
  violation: GovernanceViolation,
  names: ViolationNames,
): string | null {
  if (violation.partner)
    return (
      names.partners.find((p) => p.slug === violation.partner)?.name ?? null
    );
  if (violation.stream !== undefined)
    return (
      words?.translate('governance.violations.stream', {
        number: violation.stream,
      }) ?? null
    );
  return violation.action ?? null;
}

/**
 * The sentence for a violation of `rule`, from its structured fields; null
 * when one it needs is missing or unknown, and the API's `message` is shown.
 */
export function violationSentence(
  words: Words,
  rule: GovernanceRuleId,
  violation: GovernanceViolation,
  names: ViolationNames,
): ViolationSentence | null {
  const subject = violationSubject(words, violation, names);
  if (subject === null) return null;
  let text: string;
  switch (rule) {
    case 'each-partner-leads-an-action':
      if (!violation.partner) return null;
      text = words.translate(
        'governance.violations.each-partner-leads-an-action',
        { subject: SUBJECT },
      );
      break;
    case 'each-stream-has-an-action': {
      const title = names.streams.find(
        (s) => s.number === violation.stream,
      )?.title;
      if (title === undefined) return null;
      text = words.translate(
        'governance.violations.each-stream-has-an-action',
        { subject: SUBJECT, title },
      );
      break;
    }
    case 'action-plan-adopted-before-implementation':
      if (!violation.action) return null;
      text = words.translate(
        'governance.violations.action-plan-adopted-before-implementation',
        { subject: SUBJECT },
      );
      break;
  }
  const [before, after, ...more] = text.split(SUBJECT);
  return after === undefined || more.length ? null : { before, subject, after };
}

/** The whole sentence, or the API's message when it cannot be worded. */
export function violationText(
  words: Words | null,
  rule: GovernanceRuleId,
  violation: GovernanceViolation,
  names: ViolationNames,
): string {
  const sentence = words && violationSentence(words, rule, violation, names);
  return sentence
    ? `${sentence.before}${sentence.subject}${sentence.after}`
    : violation.message;
}
