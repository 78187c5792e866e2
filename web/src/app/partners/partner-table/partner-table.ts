import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  EFFRA_DOMAIN_CODES,
  EffraDomainCode,
  EffraDomainView,
  PartnerView,
} from '@ws/domain';
import { Figure } from '../../shared/figure';
import { TranslocoDirective } from '@jsverse/transloco';

interface DomainColumn {
  code: EffraDomainCode;
  title: string;
}

@Component({
  selector: 'app-partner-table',
  imports: [RouterLink, Figure, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partner-table.html',
  styleUrl: './partner-table.css',
})
export class PartnerTable {
  readonly partners = input.required<readonly PartnerView[]>();
  readonly domains = input.required<readonly EffraDomainView[]>();
  readonly caption = input.required<string>();

  protected readonly domainColumns = computed<DomainColumn[]>(() =>
    EFFRA_DOMAIN_CODES.map((code) => ({
      code,
      title: this.domains().find((d) => d.code === code)?.title ?? code,
    })),
  );

  // Partners whose Annex 1 figures are missing, named under the table.
  protected readonly partnersWithoutFigures = computed(() =>
    this.partners()
      .filter((p) => p.networkSize === null || p.smes === null)
      .map((p) => p.name),
  );

  protected covers(partner: PartnerView, code: EffraDomainCode): boolean {
    return partner.effraDomains.includes(code);
  }
}
