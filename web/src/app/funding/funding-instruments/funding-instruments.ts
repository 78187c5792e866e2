import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { FundingInstrumentView } from '@ws/domain';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { TranslocoDirective } from '@jsverse/transloco';

interface InstrumentLink {
  slug: string;
  name: string;
}

interface InstrumentCard {
  instrument: FundingInstrumentView;
  successors: InstrumentLink[];
  predecessors: InstrumentLink[];
}

@Component({
  selector: 'app-funding-instruments',
  imports: [RouterLink, ErrorState, LoadingIndicator, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './funding-instruments.html',
  styleUrl: './funding-instruments.css',
})
export class FundingInstruments {
  private readonly referenceData = inject(ReferenceDataApi);

  protected readonly data = rxResource({
    stream: () => this.referenceData.fundingInstruments(),
  });

  private readonly cards = computed<InstrumentCard[]>(() => {
    if (!this.data.hasValue()) return [];
    const instruments = this.data.value();
    const link = (slug: string): InstrumentLink => ({
      slug,
      name: instruments.find((i) => i.slug === slug)?.name ?? slug,
    });
    return instruments.map((instrument) => ({
      instrument,
      successors: instrument.successors.map(link),
      predecessors: instruments
        .filter((i) => i.successors.includes(instrument.slug))
        .map((i) => link(i.slug)),
    }));
  });

  protected readonly toolbox = computed(() =>
    this.cards().filter((c) => c.instrument.era === 'toolbox'),
  );

  protected readonly current = computed(() =>
    this.cards().filter((c) => c.instrument.era === 'current'),
  );
}
