import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { InvestmentPipelineView } from '@ws/domain';
import { link, tableRows, textOf } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import { aPipeline } from '../../../testing/investment-fixtures';
import { LanguagePreference } from '../../core/i18n/language-preference';
import { PipelinePanel } from './pipeline-panel';

describe('PipelinePanel', () => {
  function render(pipeline: InvestmentPipelineView) {
    TestBed.configureTestingModule({
      providers: [provideTestTranslations(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(PipelinePanel);
    fixture.componentRef.setInput('pipeline', pipeline);
    fixture.detectChanges();
    return fixture;
  }

  const withProposals = aPipeline({
    total: { count: 3, amountCents: 1_000_000_001, cofinancingCents: 0 },
    open: { count: 2, amountCents: 900_000_001, cofinancingCents: 0 },
    granted: { count: 1, amountCents: 100_000_000, cofinancingCents: 0 },
    byStatus: aPipeline().byStatus.map((row) =>
      row.status === 'idea'
        ? { ...row, count: 2, amountCents: 900_000_001 }
        : row.status === 'granted'
          ? { ...row, count: 1, amountCents: 100_000_000 }
          : row,
    ),
    byInstrument: [
      'erdf',
      'horizon-europe',
      'digital-europe',
      'investeu',
      'interreg-europe',
      'cosme',
    ].map((instrument, index) => ({
      instrument,
      name: instrument.toUpperCase(),
      count: 1,
      amountCents: 600 - index * 100,
      cofinancingCents: 0,
      byStatus: [],
    })),
    upcomingDeadlines: [1, 2, 3, 4].map((id) => ({
      id,
      title: `Proposal ${id}`,
      instrument: 'erdf',
      instrumentName: 'ERDF',
      call: null,
      deadline: `2027-01-0${id}`,
      daysLeft: 37 + id,
      status: 'idea' as const,
      lead: 'afil',
      leadName: 'AFIL',
      amountCents: 100,
    })),
  });

  it('sums up the pipeline in exact euros, by status, with the next three calls', () => {
    const element = render(withProposals).nativeElement as HTMLElement;
    expect(textOf(element.querySelector('dl'))).toBe(
      'All proposals €10,000,000.01 In the pipeline €9,000,000.01 Granted €1,000,000.00',
    );
    const rows = tableRows(element.querySelector('table') as HTMLTableElement);
    expect(rows[0]).toEqual(['Idea', '2', '€9,000,000.01', '']);
    expect(rows[3]).toEqual(['Granted', '1', '€1,000,000.00', '']);
    expect(
      element.querySelectorAll('.pipeline-panel__deadlines li'),
    ).toHaveLength(3);
    const instruments = tableRows(
      element.querySelectorAll('table')[1] as HTMLTableElement,
    );
    expect(instruments.map((row) => row[0])).toEqual([
      'ERDF',
      'HORIZON-EUROPE',
      'DIGITAL-EUROPE',
      'INVESTEU',
      'INTERREG-EUROPE',
    ]);
    expect(instruments[0]).toEqual(['ERDF', '1', '€6.00']);
    expect(link(element, 'ERDF').getAttribute('href')).toBe(
      '/investments?instrument=erdf',
    );
    expect(link(element, 'Proposal 1').getAttribute('href')).toBe(
      '/investments/1',
    );
    expect(
      link(element, 'Open the investment pipeline').getAttribute('href'),
    ).toBe('/investments');
  });

  it('writes the amounts the way the chosen language does', () => {
    const fixture = render(withProposals);
    TestBed.inject(LanguagePreference).use('de');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(textOf(element.querySelector('dl')).replace(/\s/g, ' ')).toContain(
      '10.000.000,01 €',
    );
    expect(textOf(element.querySelector('h2'))).toBe('Investitionspipeline');
  });

  it('says when no proposal exists yet', () => {
    const element = render(aPipeline()).nativeElement as HTMLElement;
    expect(textOf(element)).toContain(
      'No investment proposal has been recorded yet.',
    );
    expect(element.querySelector('table')).toBeNull();
  });
});
