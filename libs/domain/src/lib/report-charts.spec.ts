import {
  HEALTH_COLOURS,
  STATUS_COLOURS,
  healthDonutOption,
  healthPieOption,
  meanProgressBarOption,
  progressBarsOption,
  statusDonutOption,
} from './report-charts';

const STATUS_NAMES = {
  planned: 'Prévue',
  in_progress: 'En cours',
  on_hold: 'En pause',
  completed: 'Terminée',
  cancelled: 'Annulée',
};
const HEALTH_NAMES = { green: 'Vert', amber: 'Orange', red: 'Rouge' };

type Labelled = { formatter: (params: { value: unknown }) => string };

describe('statusDonutOption', () => {
  it('has a slice per status with actions, in the given words, carrying their extras', () => {
    const option = statusDonutOption(
      { planned: 2, in_progress: 0, on_hold: 1, completed: 4, cancelled: 0 },
      { series: 'Actions par statut', names: STATUS_NAMES },
      (status) => ({ link: `/actions?status=${status}` }),
    );
    const [series] = option.series;
    expect(series.name).toBe('Actions par statut');
    expect(series.data).toEqual([
      {
        name: 'Prévue',
        value: 2,
        link: '/actions?status=planned',
        itemStyle: { color: STATUS_COLOURS.planned },
      },
      {
        name: 'En pause',
        value: 1,
        link: '/actions?status=on_hold',
        itemStyle: { color: STATUS_COLOURS.on_hold },
      },
      {
        name: 'Terminée',
        value: 4,
        link: '/actions?status=completed',
        itemStyle: { color: STATUS_COLOURS.completed },
      },
    ]);
    expect(series.label.formatter).toBe('{b}\n{c}');
  });
});

describe('healthDonutOption', () => {
  it('tells health by symbol and pattern as well as colour', () => {
    const option = healthDonutOption(
      { green: 3, amber: 2, red: 1 },
      { series: 'Santé', names: HEALTH_NAMES },
      () => ({}),
    );
    const slices = option.series[0].data as {
      name: string;
      itemStyle: { color: string; decal?: object };
    }[];
    expect(slices.map((slice) => slice.name)).toEqual([
      '● Vert',
      '▲ Orange',
      '■ Rouge',
    ]);
    expect(slices.map((slice) => slice.itemStyle.color)).toEqual([
      HEALTH_COLOURS.green,
      HEALTH_COLOURS.amber,
      HEALTH_COLOURS.red,
    ]);
    expect(slices[0].itemStyle.decal).toBeUndefined();
    expect(slices[1].itemStyle.decal).toBeDefined();
    expect(slices[2].itemStyle.decal).toBeDefined();
    expect(slices[1].itemStyle.decal).not.toEqual(slices[2].itemStyle.decal);
  });
});

describe('progressBarsOption', () => {
  const items = [
    { name: 'S1', value: 66.7, link: 'a' },
    { name: 'S2', value: null, link: null },
  ];

  it('stands columns on the groups, with no bar for a group without actions', () => {
    const option = progressBarsOption('Avancement', items, {
      direction: 'columns',
      colour: '#123456',
    });
    expect(option.xAxis).toEqual(
      expect.objectContaining({ type: 'category', data: ['S1', 'S2'] }),
    );
    expect(option.yAxis).toEqual(
      expect.objectContaining({ type: 'value', min: 0, max: 100 }),
    );
    expect(option.series[0].data).toEqual([
      { name: 'S1', value: 66.7, link: 'a' },
      { name: 'S2', value: '-', link: null },
    ]);
    expect(option.series[0].itemStyle.color).toBe('#123456');
  });

  it('lays rows top-down in the order given', () => {
    const option = progressBarsOption('Avancement', items, {
      direction: 'rows',
      colour: '#123456',
    });
    expect(option.yAxis).toEqual(
      expect.objectContaining({
        type: 'category',
        inverse: true,
        data: ['S1', 'S2'],
      }),
    );
    expect(option.xAxis).toEqual(expect.objectContaining({ type: 'value' }));
  });

  it('writes percentages the way it is told, "67%" by default', () => {
    const english = progressBarsOption('P', items, {
      direction: 'columns',
      colour: '#000',
    });
    const french = progressBarsOption(
      'P',
      items,
      { direction: 'columns', colour: '#000' },
      { percent: (value) => `${Math.round(value)} %` },
    );
    const label = (option: typeof english) =>
      option.series[0].label as unknown as Labelled;
    expect(label(english).formatter({ value: 66.7 })).toBe('67%');
    expect(label(french).formatter({ value: 66.7 })).toBe('67 %');
    expect(label(french).formatter({ value: '-' })).toBe('');
  });
});

describe('the progress report’s charts', () => {
  it('name each health slice with its count, in English, under a title', () => {
    const option = healthPieOption({ green: 5, amber: 0, red: 2 });
    expect(option.title).toEqual(
      expect.objectContaining({ text: 'Actions by health' }),
    );
    expect(option.series[0].label.formatter).toBe('{b} ({c})');
    expect(option.series[0].data.map((slice) => slice.name)).toEqual([
      'Green',
      'Red',
    ]);
  });

  it.each([
    [{}, true],
    [{ animation: false }, false],
  ])('animate unless told not to (%j)', (settings, animation) => {
    expect(healthPieOption({ green: 1, amber: 1, red: 1 }, settings)).toEqual(
      expect.objectContaining({ animation }),
    );
    expect(
      meanProgressBarOption('T', [{ label: 'S1', meanProgress: 1 }], settings),
    ).toEqual(expect.objectContaining({ animation }));
  });

  it('list the groups top-down with their mean progress, none without a bar', () => {
    const option = meanProgressBarOption('Mean progress per stream (%)', [
      { label: 'S1 Regional industry 4.0 alliances', meanProgress: 40 },
      { label: 'S2 Regional S3 cooperation', meanProgress: null },
    ]);
    expect(option.title).toEqual(
      expect.objectContaining({ text: 'Mean progress per stream (%)' }),
    );
    expect(option.yAxis).toEqual(
      expect.objectContaining({
        inverse: true,
        data: [
          'S1 Regional industry 4.0 alliances',
          'S2 Regional S3 cooperation',
        ],
      }),
    );
    expect(option.series[0].data.map((bar) => bar.value)).toEqual([40, '-']);
  });
});
