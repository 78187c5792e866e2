import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PartnerView, PhaseView } from '@ws/domain';
import { firstValueFrom } from 'rxjs';
import {
  NOT_FOUND,
  page,
  partnerView,
  phaseViews,
} from '../../../testing/reference-fixtures';
import { ReferenceDataApi } from './reference-data-api';

describe('ReferenceDataApi', () => {
  let api: ReferenceDataApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ReferenceDataApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('unwraps collection pages and orders phases by position', async () => {
    const phases = firstValueFrom(api.phases());
    http.expectOne('/api/phases').flush(page([...phaseViews()].reverse()));
    expect((await phases).map((p: PhaseView) => p.key)).toEqual([
      'preparation',
      'implementation',
      'investment',
    ]);
  });

  it('filters initiatives by region and stream', async () => {
    const initiatives = firstValueFrom(
      api.initiatives({ region: 'ES51', stream: 2 }),
    );
    http.expectOne('/api/initiatives?region=ES51&stream=2').flush(page([]));
    expect(await initiatives).toEqual([]);
  });

  it('asks for a partner once when several readers want it', async () => {
    const first = firstValueFrom(api.partner('bwcon'));
    const second = firstValueFrom(api.partner('bwcon'));
    http.expectOne('/api/partners/bwcon').flush(partnerView('bwcon'));
    expect(((await first) as PartnerView).name).toBe('bwcon');
    expect(((await second) as PartnerView).name).toBe('bwcon');
  });

  it('asks again after a failure', async () => {
    const failed = firstValueFrom(api.partner('bwcon'));
    http.expectOne('/api/partners/bwcon').flush({}, NOT_FOUND);
    await expect(failed).rejects.toMatchObject({ status: 404 });

    const retried = firstValueFrom(api.partner('bwcon'));
    http.expectOne('/api/partners/bwcon').flush(partnerView('bwcon'));
    expect((await retried).slug).toBe('bwcon');
  });
});
