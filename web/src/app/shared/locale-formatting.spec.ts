import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { textOf } from '../../testing/dom';
import { provideTestTranslations } from '../../testing/i18n';
import { LanguagePreference } from '../core/i18n/language-preference';
import { CalendarDate, formatCalendarDate } from './calendar-date';
import { DateTime, formatDateTime } from './date-time';
import { Figure, formatFigure } from './figure';
import { ProgressBar, formatPercent } from './progress-bar';

// Intl's spaces differ by locale (narrow no-break in French numbers).
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').trim();

describe('formatting in the reader’s locale', () => {
  it('writes a calendar day without shifting it, in each language', () => {
    expect(formatCalendarDate('2026-01-15', 'en-GB')).toBe('15 Jan 2026');
    expect(formatCalendarDate('2026-01-15', 'fr-FR')).toBe('15 janv. 2026');
    expect(formatCalendarDate('2026-12-31', 'de-DE')).toBe('31. Dez. 2026');
    expect(formatCalendarDate('not a date', 'fr-FR')).toBe('not a date');
  });

  it('writes instants in Brussels time', () => {
    expect(plain(formatDateTime('2026-07-01T22:30:00Z', 'en-GB'))).toBe(
      '2 Jul 2026, 00:30',
    );
    expect(plain(formatDateTime('2026-07-01T22:30:00Z', 'fr-FR'))).toBe(
      '2 juil. 2026, 00:30',
    );
  });

  it('groups digits and writes percentages the local way', () => {
    expect(formatFigure(12500, 'en-GB')).toBe('12,500');
    expect(plain(formatFigure(12500, 'fr-FR'))).toBe('12 500');
    expect(formatFigure(12500, 'de-DE')).toBe('12.500');
    expect(formatPercent(45, 'en-GB')).toBe('45%');
    expect(plain(formatPercent(45, 'fr-FR'))).toBe('45 %');
  });
});

@Component({
  imports: [CalendarDate, DateTime, Figure, ProgressBar],
  template: `
    <app-calendar-date value="2026-03-05" />
    <app-calendar-date [value]="null" />
    <app-figure [value]="2500" />
    <app-progress-bar [value]="40" />
  `,
})
class Formatted {}

describe('the shared formatting components', () => {
  it('follow a change of language', async () => {
    TestBed.configureTestingModule({ providers: [provideTestTranslations()] });
    const fixture = TestBed.createComponent(Formatted);
    await fixture.whenStable();
    const text = () =>
      textOf(fixture.nativeElement).replace(/[\u00a0\u202f]/g, ' ');
    expect(text()).toBe('5 Mar 2026 Not set 2,500 40%');

    TestBed.inject(LanguagePreference).use('fr');
    await fixture.whenStable();
    expect(text()).toBe('5 mars 2026 Non défini 2 500 40 %');
  });
});
