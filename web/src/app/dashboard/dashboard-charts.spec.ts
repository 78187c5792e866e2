import { TestBed } from '@angular/core/testing';
import { DashboardView, UpcomingMilestone } from '@ws/domain';
import { Words } from '../core/i18n/words';
import { aDashboard, someFigures } from '../../testing/dashboard-fixtures';
import { testWords } from '../../testing/i18n';
import {
  ChartDatum,
  ChartDefinition,
  healthChart,
  milestoneTimelineChart,
  partnerProgressChart,
  statusChart,
  streamProgressChart,
} from './dashboard-charts';
import { NO_FILTERS } from './dashboard-filters';

let words: Words;
beforeEach(() => {
  words = testWords();
});

type Series = { type: string; data: ChartDatum[] };

function seriesOf(chart: ChartDefinition): Series {
  return (chart.option.series as Series[])[0];
}

function withFigures(view: DashboardView): DashboardView {
  return {
    ...view,
    byStream: view.byStream.map((stream) =>
      stream.number === 1
        ? {
            ...stream,
            ...someFigures({
              byStatus: { in_progress: 3, cancelled: 1 },
              meanProgress: 66.7,
            }),
          }
        : stream.number === 4
          ? {
              ...stream,
              ...someFigures({ byStatus: { planned: 2 }, meanProgress: 0 }),
            }
          : stream,
    ),
  };
}

describe('streamProgressChart', () => {
  it('draws a column per stream at its mean progress, none where there is no action', () => {
    const chart = streamProgressChart(
      withFigures(aDashboard()),
      NO_FILTERS,
      words,
    );
    const series = seriesOf(chart);

    expect(series.type).toBe('bar');
    expect(series.data.map((d) => [d.name, d.value])).toEqual([
      ['S1', 66.7],
      ['S2', '-'],
      ['S3', '-'],
      ['S4', 0],
      ['S5', '-'],
    ]);
    expect(chart.label).toBe(
      'Mean progress per stream: S1 67%, S2 —, S3 —, S4 0%, S5 —.',
    );
  });

  it('leads from a column to the stream’s actions that count in the mean', () => {
    const chart = streamProgressChart(
      withFigures(aDashboard()),
      {
        ...NO_FILTERS,
        region: ['ES51'],
      },
      words,
    );
    const [s1, s2] = seriesOf(chart).data;
    expect(s1.link).toEqual({
      path: '/actions',
      queryParams: {
        region: 'ES51',
        stream: '1',
        status: 'planned,in_progress,on_hold,completed',
      },
    });
    expect(s2.link).toBeNull();
  });

  it('has the same figures as a table', () => {
    const chart = streamProgressChart(
      withFigures(aDashboard()),
      NO_FILTERS,
      words,
    );
    expect(chart.table.headers).toEqual(['Stream', 'Actions', 'Mean progress']);
    expect(chart.table.rows.map((r) => r.cells)[0]).toEqual([
      'S1 Regional Industry 4.0 alliances',
      '4',
      '67%',
    ]);
  });
});

describe('partnerProgressChart', () => {
  it('orders the partners by the progress of what they lead, those leading nothing last', () => {
    const view = aDashboard();
    const byPartner = view.byPartner.map((p) =>
      p.slug === 'afil'
        ? {
            ...p,
            ...someFigures({ byStatus: { in_progress: 2 }, meanProgress: 35 }),
          }
        : p.slug === 'eurecat'
          ? {
              ...p,
              ...someFigures({ byStatus: { completed: 1 }, meanProgress: 100 }),
            }
          : p,
    );
    const chart = partnerProgressChart({ byPartner }, NO_FILTERS, words);
    const data = seriesOf(chart).data;

    expect(data.slice(0, 3).map((d) => [d.name, d.value])).toEqual([
      ['Eurecat', 100],
      ['AFIL', 35],
      // Then alphabetically, without a bar
      ['bwcon', '-'],
    ]);
    expect(data[1].link?.queryParams).toEqual({
      lead: 'afil',
      status: 'planned,in_progress,on_hold,completed',
    });
    expect(chart.height).toBe(12 * 30 + 40);
  });
});

describe('statusChart', () => {
  it('has a segment per status with actions, each leading to them', () => {
    const chart = statusChart(
      aDashboard().overall,
      {
        ...NO_FILTERS,
        phase: ['implementation'],
      },
      words,
    );
    const data = seriesOf(chart).data;

    expect(seriesOf(chart).type).toBe('pie');
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['Planned', 2],
      ['In progress', 6],
      ['On hold', 1],
      ['Completed', 2],
      ['Cancelled', 1],
    ]);
    expect(data[3].link?.queryParams).toEqual({
      phase: 'implementation',
      status: 'completed',
    });
    expect(chart.table.rows.map((r) => r.cells)).toContainEqual([
      'On hold',
      '1',
    ]);
  });

  it('leaves empty statuses out of the drawing but not out of the table', () => {
    const chart = statusChart(
      someFigures({ byStatus: { in_progress: 3 } }),
      NO_FILTERS,
      words,
    );
    expect(seriesOf(chart).data.map((d) => d.name)).toEqual(['In progress']);
    expect(chart.table.rows).toHaveLength(5);
  });
});

describe('healthChart', () => {
  it('names each health with its symbol and a pattern, not by colour alone', () => {
    const chart = healthChart(aDashboard().overall, NO_FILTERS, words);
    const data = seriesOf(chart).data as (ChartDatum & {
      itemStyle: { decal?: unknown };
    })[];

    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['● Green', 7],
      ['▲ Amber', 3],
      ['■ Red', 1],
    ]);
    expect(data[1].itemStyle.decal).toBeDefined();
    expect(data[2].itemStyle.decal).toBeDefined();
    expect(data[2].link?.queryParams).toEqual({
      health: 'red',
      status: 'planned,in_progress,on_hold,completed',
    });
    expect(chart.label).toBe(
      'Health of the actions that are not cancelled: Green 7, Amber 3, Red 1.',
    );
  });
});

describe('milestoneTimelineChart', () => {
  const milestones: UpcomingMilestone[] = [
    {
      actionId: 30,
      code: 'S5-02',
      actionTitle: 'Matchmaking at Hannover Messe',
      lead: 'microtec-sudwest',
      title: 'Exhibiting SMEs confirmed',
      dueDate: '2025-07-05',
    },
    {
      actionId: 27,
      code: 'S4-05',
      actionTitle: 'Business plan for a shared pilot line',
      lead: 'plastipolis',
      title: 'Investment needs collected',
      dueDate: '2025-07-10',
    },
    {
      actionId: 30,
      code: 'S5-02',
      actionTitle: 'Matchmaking at Hannover Messe',
      lead: 'microtec-sudwest',
      title: 'B2B meetings held',
      dueDate: '2025-08-09',
    },
  ];

  it('puts each milestone at its date on its action’s row, leading to the action', () => {
    const chart = milestoneTimelineChart(
      milestones,
      '2025-06-25',
      60,
      words,
      new Map([['plastipolis', 'Plastipolis']]),
    );
    const data = seriesOf(chart).data;

    expect(seriesOf(chart).type).toBe('scatter');
    expect(data.map((d) => d.value)).toEqual([
      ['2025-07-05', 'S5-02'],
      ['2025-07-10', 'S4-05'],
      ['2025-08-09', 'S5-02'],
    ]);
    expect(data[1].link).toEqual({ path: '/actions/27', queryParams: null });
    expect(chart.option.yAxis).toMatchObject({ data: ['S5-02', 'S4-05'] });
    expect(chart.option.xAxis).toMatchObject({
      min: '2025-06-23',
      max: '2025-08-26',
    });
    expect(chart.table.rows[1].cells).toEqual([
      '10 Jul 2025',
      'S4-05 Business plan for a shared pilot line',
      'Investment needs collected',
      'Plastipolis',
    ]);
    expect(chart.label).toBe(
      '3 milestones due in the next 60 days, the first on 5 Jul 2025.',
    );
  });

  it('says when nothing is due', () => {
    expect(milestoneTimelineChart([], '2025-06-25', 60, words).label).toBe(
      'No milestone is due in the next 60 days.',
    );
  });
});

describe('the charts in French', () => {
  it('name statuses, health and figures in French, partner names as they are', () => {
    TestBed.resetTestingModule();
    const french = testWords('fr');
    const status = statusChart(aDashboard().overall, NO_FILTERS, french);
    expect(seriesOf(status).data.map((d) => d.name)).toEqual([
      'Prévue',
      'En cours',
      'En pause',
      'Terminée',
      'Annulée',
    ]);
    expect(status.table.headers).toEqual(['Statut', 'Actions']);

    const health = healthChart(aDashboard().overall, NO_FILTERS, french);
    expect(health.label).toBe(
      'Santé des actions non annulées : Vert 7, Orange 3, Rouge 1.',
    );

    const streams = streamProgressChart(
      withFigures(aDashboard()),
      NO_FILTERS,
      french,
    );
    expect(streams.table.rows[0].cells[2].replace(/\u202f|\u00a0/g, ' ')).toBe(
      '67 %',
    );
    expect(milestoneTimelineChart([], '2025-06-25', 60, french).label).toBe(
      'Aucun jalon n’est prévu dans les 60 prochains jours.'.replace('’', "'"),
    );
  });
});
