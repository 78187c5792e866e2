import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  GovernanceRuleId,
  GovernanceViolation,
  PartnerView,
  StreamView,
} from '@ws/domain';
import { Words, wordsOf } from '../../core/i18n/words';
import { violationSentence, violationSubject } from '../violation-sentence';

interface ViolationLine {
  message: string;
  /** What the violation is about, as a link: a partner, a stream, an action */
  subject: {
    text: string;
    link: (string | number)[];
    queryParams: Record<string, string> | null;
  } | null;
  /** The sentence around the subject's name */
  before: string;
  after: string;
}

// The violations of a rule, each naming what it is about with a link to it:
// the partner's page, the stream's actions, the action itself.
@Component({
  selector: 'app-rule-violations',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (compact()) {
      <ul class="violations--compact">
        @for (line of lines(); track $index) {
          <li>
            @if (line.subject; as subject) {
              <a
                [routerLink]="subject.link"
                [queryParams]="subject.queryParams"
                >{{ subject.text }}</a
              >
            } @else {
              {{ line.message }}
            }
          </li>
        }
      </ul>
    } @else {
      <ul class="violations">
        @for (line of lines(); track $index) {
          <li>
            @if (line.subject; as subject) {
              {{ line.before
              }}<a
                [routerLink]="subject.link"
                [queryParams]="subject.queryParams"
                >{{ subject.text }}</a
              >{{ line.after }}
            } @else {
              {{ line.message }}
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    /* Names in a sentence: "Plastipolis, Viaméca, CEP." */
    .violations--compact {
      margin: 0 0 var(--space-2);
      padding: 0;
      list-style: none;
    }
    .violations--compact li {
      display: inline;
    }
    .violations--compact li::after {
      content: ', ';
    }
    .violations--compact li:last-child::after {
      content: '.';
    }
    .violations {
      display: grid;
      gap: var(--space-1);
      margin: 0;
      padding-left: var(--space-5);
    }
  `,
})
export class RuleViolations {
  private readonly words = wordsOf('governance');

  readonly rule = input.required<GovernanceRuleId>();
  readonly violations = input.required<readonly GovernanceViolation[]>();
  readonly partners = input<readonly PartnerView[]>([]);
  readonly streams = input<readonly StreamView[]>([]);
  /** Action codes → ids, to link straight to an action page */
  readonly actionIds = input<ReadonlyMap<string, number>>(new Map());
  /** Only the names, in a sentence, where the full messages are shown elsewhere */
  readonly compact = input(false);

  protected readonly lines = computed<ViolationLine[]>(() => {
    const words = this.words();
    return this.violations().map((violation) => this.lineOf(violation, words));
  });

  private lineOf(
    violation: GovernanceViolation,
    words: Words | null,
  ): ViolationLine {
    const { message } = violation;
    const names = { partners: this.partners(), streams: this.streams() };
    const target = this.targetOf(violation);
    const sentence =
      words && violationSentence(words, this.rule(), violation, names);
    if (sentence && target)
      return {
        message,
        subject: { text: sentence.subject, ...target },
        before: sentence.before,
        after: sentence.after,
      };
    if (!target) return { message, subject: null, before: '', after: '' };
    // Some field is unknown: the API's message, linked by its subject.
    const text =
      violationSubject(words, violation, names) ??
      violation.partner ??
      violation.action ??
      `Stream ${violation.stream}`;
    const after = message.startsWith(text)
      ? message.slice(text.length)
      : `: ${message}`;
    return { message, subject: { text, ...target }, before: '', after };
  }

  /** Where the violation's subject is shown: the partner's page, the stream's actions, the action */
  private targetOf(
    violation: GovernanceViolation,
  ): Omit<NonNullable<ViolationLine['subject']>, 'text'> | null {
    if (violation.partner)
      return { link: ['/partners', violation.partner], queryParams: null };
    if (violation.stream !== undefined)
      return {
        link: ['/actions'],
        queryParams: { stream: String(violation.stream) },
      };
    if (violation.action) {
      const id = this.actionIds().get(violation.action);
      return {
        link: id === undefined ? ['/actions'] : ['/actions', id],
        queryParams: id === undefined ? { q: violation.action } : null,
      };
    }
    return null;
  }
}
