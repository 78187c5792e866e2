import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import {
  MEMBERSHIP_KINDS,
  PartnershipView,
  PartnerView,
  PhaseView,
  RegionView,
} from '@ws/domain';
import { LanguagePreference } from '../../core/i18n/language-preference';
import { DateTime } from '../../shared/date-time';
import { formatFigure } from '../../shared/figure';
import { TranslocoDirective } from '@jsverse/transloco';

interface FigureTotal {
  total: string;
  missing: string[];
}

// Sums a figure over the partners that have one; the others are named.
function sumFigure(
  partners: readonly PartnerView[],
  figure: (p: PartnerView) => number | null,
  locale: string,
): FigureTotal {
  const known = partners.filter((p) => figure(p) !== null);
  return {
    total: formatFigure(
      known.reduce((sum, p) => sum + (figure(p) ?? 0), 0),
      locale,
    ),
    missing: partners.filter((p) => figure(p) === null).map((p) => p.name),
  };
}

@Component({
  selector: 'app-key-figures',
  imports: [DateTime, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './key-figures.html',
  styleUrl: './key-figures.css',
})
export class KeyFigures {
  private readonly locale = inject(LanguagePreference).locale;

  readonly partners = input.required<readonly PartnerView[]>();
  readonly regions = input.required<readonly RegionView[]>();
  readonly phases = input.required<readonly PhaseView[]>();
  readonly partnership = input.required<PartnershipView>();

  protected readonly coordinator = computed(
    () => this.partners().find((p) => p.coordinator)?.name ?? null,
  );

  protected readonly regionBreakdown = computed(() =>
    MEMBERSHIP_KINDS.map((kind) => ({
      kind,
      count: this.regions().filter((r) => r.membership === kind).length,
    })),
  );

  protected readonly networkSize = computed(() =>
    sumFigure(this.partners(), (p) => p.networkSize, this.locale()),
  );

  protected readonly smes = computed(() =>
    sumFigure(this.partners(), (p) => p.smes, this.locale()),
  );

  protected readonly currentPhase = computed(
    () => this.phases().find((p) => p.current) ?? null,
  );

  protected readonly planAdoptedAt = computed(
    () => this.partnership().planAdoptedAt,
  );
}
