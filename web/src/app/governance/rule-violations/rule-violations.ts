import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { GovernanceViolation, PartnerView } from '@ws/domain';

interface ViolationLine {
  message: string;
  /** What the violation is about, as a link: a partner, a stream, an action */
  subject: {
    text: string;
    link: (string | number)[];
    queryParams: Record<string, string> | null;
  } | null;
  /** The message after the subject's name, when it starts with it */
  rest: string;
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
              <a
                [routerLink]="subject.link"
                [queryParams]="subject.queryParams"
                >{{ subject.text }}</a
              >{{ line.rest }}
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
  readonly violations = input.required<readonly GovernanceViolation[]>();
  readonly partners = input<readonly PartnerView[]>([]);
  /** Action codes → ids, to link straight to an action page */
  readonly actionIds = input<ReadonlyMap<string, number>>(new Map());
  /** Only the names, in a sentence, where the full messages are shown elsewhere */
  readonly compact = input(false);

  protected readonly lines = computed<ViolationLine[]>(() =>
    this.violations().map((violation) => this.lineOf(violation)),
  );

  private lineOf(violation: GovernanceViolation): ViolationLine {
    const { message } = violation;
    let subject: ViolationLine['subject'] = null;
    if (violation.partner) {
      const name =
        this.partners().find((p) => p.slug === violation.partner)?.name ??
        violation.partner;
      subject = {
        text: name,
        link: ['/partners', violation.partner],
        queryParams: null,
      };
    } else if (violation.stream !== undefined) {
      subject = {
        text: `Stream ${violation.stream}`,
        link: ['/actions'],
        queryParams: { stream: String(violation.stream) },
      };
    } else if (violation.action) {
      const id = this.actionIds().get(violation.action);
      subject = {
        text: violation.action,
        link: id === undefined ? ['/actions'] : ['/actions', id],
        queryParams: id === undefined ? { q: violation.action } : null,
      };
    }
    if (!subject) return { message, subject, rest: '' };
    const rest = message.startsWith(subject.text)
      ? message.slice(subject.text.length)
      : `: ${message}`;
    return { message, subject, rest };
  }
}
