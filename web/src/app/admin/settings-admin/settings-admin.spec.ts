import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { button, field, textOf, typeInto } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import { SettingsAdmin } from './settings-admin';

describe('SettingsAdmin', () => {
  let fixture: ComponentFixture<SettingsAdmin>;
  let http: HttpTestingController;
  let view: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SettingsAdmin);
    view = fixture.nativeElement;
    fixture.detectChanges();
    http
      .expectOne('/api/settings')
      .flush({ partnershipName: '4M4IoF', staleAfterDays: 30 });
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows the current settings and saves a new stale threshold', async () => {
    expect(field(view, 'Name of the partnership').value).toBe('4M4IoF');
    const days = field(view, 'Stale after (days)');
    expect(days.value).toBe('30');
    typeInto(days, '21');
    button(view, 'Save the settings').click();
    const request = http.expectOne({ method: 'PATCH', url: '/api/settings' });
    expect(request.request.body).toEqual({
      partnershipName: '4M4IoF',
      staleAfterDays: 21,
    });
    request.flush({ partnershipName: '4M4IoF', staleAfterDays: 21 });
    await fixture.whenStable();
    expect(textOf(view)).toContain('The settings are saved.');
  });

  it('refuses a threshold outside 1 to 365 days without calling the server', async () => {
    typeInto(field(view, 'Stale after (days)'), '0');
    button(view, 'Save the settings').click();
    await fixture.whenStable();
    expect(textOf(view)).toContain(
      'Enter a whole number of days from 1 to 365.',
    );
    http.expectNone('/api/settings');
  });
});
