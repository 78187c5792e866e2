import { TestBed } from '@angular/core/testing';
import { Words } from '../core/i18n/words';
import { aDashboard, someFigures } from '../../testing/dashboard-fixtures';
import { testWords } from '../../testing/i18n';
import { NO_FILTERS } from './dashboard-filters';
import {
  describeScope,
  fullListLink,
  headlineFigures,
  partnerStreamMatrix,
  phaseStatus,
} from './dashboard-view';

let words: Words;
beforeEach(() => {
  words = testWords();
});

describe('headlineFigures', () => {
  it('gives each figure and the action list query behind it', () => {
    const figures = headlineFigures(
      aDashboard(),
      {
        ...NO_FILTERS,
        stream: [2],
      },
      words,
    );

    expect(
      figures.map((f) => [f.label, f.value, f.link?.queryParams ?? null]),
    ).toEqual([
      ['Actions', '12', { stream: '2' }],
      [
        'Mean progress',
        '47%',
        { stream: '2', status: 'planned,in_progress,on_hold,completed' },
      ],
      ['In progress', '6', { stream: '2', status: 'in_progress' }],
      ['Completed', '2', { stream: '2', status: 'completed' }],
      ['Overdue', '2', { stream: '2', overdue: 'true' }],
      ['Stale', '3', { stream: '2', stale: 'true' }],
      [
        'Red health',
        '1',
        {
          stream: '2',
          health: 'red',
          status: 'planned,in_progress,on_hold,completed',
        },
      ],
    ]);
    expect(figures.find((f) => f.key === 'stale')?.note).toBe(
      'no status update for over 30 days',
    );
  });

  it('links no figure of zero, and marks only the alarming ones that are not zero', () => {
    const figures = headlineFigures(
      aDashboard({ overall: someFigures({ byStatus: { planned: 1 } }) }),
      NO_FILTERS,
      words,
    );
    const overdue = figures.find((f) => f.key === 'overdue');
    expect(overdue).toMatchObject({ value: '0', link: null, alert: false });
    expect(figures.find((f) => f.key === 'progress')?.value).toBe('—');
  });

  it('links no figure that the list cannot show under a partner filter', () => {
    const figures = headlineFigures(
      aDashboard(),
      {
        ...NO_FILTERS,
        partner: ['pool-net'],
      },
      words,
    );
    expect(figures.every((f) => f.link === null)).toBe(true);
  });
});

describe('phaseStatus', () => {
  it('names the current phase and when the plan was adopted', () => {
    expect(phaseStatus(aDashboard())).toEqual({
      name: 'Implementation',
      position: 2,
      count: 3,
      planAdopted: true,
      planAdoptedAt: '2025-03-20T14:00:00.000Z',
    });
  });
});

describe('partnerStreamMatrix', () => {
  const view = aDashboard({
    matrix: [
      { partner: 'afil', stream: 2, led: 2, contributed: 1 },
      { partner: 'afil', stream: 4, led: 0, contributed: 3 },
      { partner: 'cep', stream: 2, led: 1, contributed: 0 },
    ],
  });

  it('has a row per partner and a cell per stream, empty ones empty', () => {
    const matrix = partnerStreamMatrix(view, NO_FILTERS, words);
    const afil = matrix.rows.find((r) => r.slug === 'afil');

    expect(matrix.streams.map((s) => s.code)).toEqual([
      'S1',
      'S2',
      'S3',
      'S4',
      'S5',
    ]);
    expect(matrix.rows).toHaveLength(12);
    expect(afil?.cells.map((c) => [c.led, c.contributed, c.shade])).toEqual([
      [0, 0, 0],
      [2, 1, 4],
      [0, 0, 0],
      [0, 3, 0],
      [0, 0, 0],
    ]);
    expect(afil?.led).toBe(2);
    expect(afil?.cells[1].ledLabel).toBe('AFIL leads 2 actions in S2');
  });

  it('leads from a cell to the partner’s actions in the stream', () => {
    const matrix = partnerStreamMatrix(
      view,
      {
        ...NO_FILTERS,
        phase: ['implementation'],
      },
      words,
    );
    const cell = matrix.rows.find((r) => r.slug === 'afil')?.cells[1];

    expect(cell?.ledLink?.queryParams).toEqual({
      phase: 'implementation',
      stream: '2',
      lead: 'afil',
      status: 'planned,in_progress,on_hold,completed',
    });
    expect(cell?.contributedLink?.queryParams).toEqual({
      phase: 'implementation',
      stream: '2',
      contributor: 'afil',
      status: 'planned,in_progress,on_hold,completed',
    });
    expect(
      matrix.rows.find((r) => r.slug === 'afil')?.cells[0].ledLink,
    ).toBeNull();
  });
});

describe('fullListLink', () => {
  it('opens the red actions that are still open', () => {
    expect(fullListLink('red', NO_FILTERS)?.queryParams).toEqual({
      health: 'red',
      status: 'planned,in_progress,on_hold',
    });
  });
});

describe('describeScope', () => {
  it('says what the figures are about', () => {
    expect(describeScope(aDashboard(), words)).toBeNull();
    expect(
      describeScope(
        aDashboard({
          filters: {
            phase: ['implementation'],
            stream: [1, 3],
            region: [],
            partner: ['pool-net', 'cep'],
          },
        }),
        words,
      ),
    ).toBe('Implementation · S1 or S3 · with Pool-Net or CEP');
  });

  it('says it in the reader’s language, names of the reference data as they are', () => {
    TestBed.resetTestingModule();
    const french = testWords('fr');
    expect(
      describeScope(
        aDashboard({
          filters: {
            phase: [],
            stream: [1, 3],
            region: [],
            partner: ['pool-net', 'cep'],
          },
        }),
        french,
      ),
    ).toBe('S1 ou S3 · avec Pool-Net ou CEP');
  });
});
