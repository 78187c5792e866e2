import { HttpTestingController } from '@angular/common/http/testing';
import { PhaseKey } from '@ws/domain';
import {
  EFFRA_DOMAIN_VIEWS,
  PARTNER_VIEWS,
  PARTNERSHIP_VIEW,
  REGION_VIEWS,
  STREAM_VIEWS,
  page,
  phaseViews,
} from './reference-fixtures';

// Answers every request the partnership overview makes.
export function flushOverviewRequests(
  http: HttpTestingController,
  current: PhaseKey = 'preparation',
): void {
  http
    .expectOne('/api/partnership')
    .flush({ ...PARTNERSHIP_VIEW, phase: current });
  http.expectOne('/api/phases').flush(page(phaseViews(current)));
  http.expectOne('/api/streams').flush(page(STREAM_VIEWS));
  http.expectOne('/api/regions').flush(page(REGION_VIEWS));
  http.expectOne('/api/partners').flush(page(PARTNER_VIEWS));
  http.expectOne('/api/effra-domains').flush(page(EFFRA_DOMAIN_VIEWS));
}
