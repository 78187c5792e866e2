import { Injectable, inject } from '@angular/core';
import {
  PHASES,
  PartnerView,
  PhaseView,
  RegionView,
  StreamView,
} from '@ws/domain';
import { Observable, catchError, forkJoin, of, shareReplay } from 'rxjs';
import { ReferenceDataApi } from '../core/reference-data/reference-data-api';

/** What actions name by key: partners, streams, phases and regions. */
export interface ActionReferences {
  partners: PartnerView[];
  streams: StreamView[];
  phases: PhaseView[];
  regions: RegionView[];
}

export const NO_REFERENCES: ActionReferences = {
  partners: [],
  streams: [],
  phases: [],
  regions: [],
};

// The action pages show names where the API gives keys. Read once; when the
// reference data cannot be read, the pages still work and show the keys.
@Injectable({ providedIn: 'root' })
export class ActionReferencesStore {
  private readonly referenceData = inject(ReferenceDataApi);
  private loaded: Observable<ActionReferences> | null = null;

  references(): Observable<ActionReferences> {
    if (!this.loaded) {
      this.loaded = forkJoin({
        partners: this.referenceData.partners(),
        streams: this.referenceData.streams(),
        phases: this.referenceData.phases(),
        regions: this.referenceData.regions(),
      }).pipe(
        catchError(() => {
          this.loaded = null;
          return of(NO_REFERENCES);
        }),
        shareReplay(1),
      );
    }
    return this.loaded;
  }
}

/** Names for keys, with the key itself when the name is unknown. */
export class ActionLabels {
  constructor(private readonly references: ActionReferences) {}

  get partners(): PartnerView[] {
    return this.references.partners;
  }

  get streams(): StreamView[] {
    return this.references.streams;
  }

  get phases(): readonly { key: string; name: string }[] {
    return this.references.phases.length ? this.references.phases : PHASES;
  }

  get regions(): RegionView[] {
    return this.references.regions;
  }

  partner(slug: string): string {
    return this.references.partners.find((p) => p.slug === slug)?.name ?? slug;
  }

  /** "S3 Joint roadmap on Industry 4.0" */
  stream(number: number): string {
    const stream = this.references.streams.find((s) => s.number === number);
    return stream ? `${stream.code} ${stream.shortTitle}` : `Stream ${number}`;
  }

  streamCode(number: number): string {
    return (
      this.references.streams.find((s) => s.number === number)?.code ??
      `S${number}`
    );
  }

  streamTitle(number: number): string {
    return (
      this.references.streams.find((s) => s.number === number)?.shortTitle ??
      `Stream ${number}`
    );
  }

  phase(key: string): string {
    return this.phases.find((p) => p.key === key)?.name ?? key;
  }

  region(code: string): string {
    return this.references.regions.find((r) => r.code === code)?.name ?? code;
  }
}
