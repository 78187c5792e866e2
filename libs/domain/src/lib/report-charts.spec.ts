import { healthPieOption, meanProgressBarOption } from './report-charts';

describe('report charts', () => {
  it('shows one slice per health that has actions, coloured by health', () => {
    const option = healthPieOption({ green: 5, amber: 0, red: 2 });
    expect(option.series[0].data).toEqual([
      { name: 'Green (5)', value: 5, itemStyle: { color: '#2e7d32' } },
      { name: 'Red (2)', value: 2, itemStyle: { color: '#c62828' } },
    ]);
  });

  it.each([
    [{}, true],
    [{ animation: false }, false],
  ])('animates unless told not to (%j)', (settings, animation) => {
    expect(healthPieOption({ green: 1, amber: 1, red: 1 }, settings)).toEqual(
      expect.objectContaining({ animation }),
    );
  });

  it('lists the groups top-down with their mean progress, none as 0', () => {
    const option = meanProgressBarOption('Progress per stream', [
      { label: 'S1', meanProgress: 40 },
      { label: 'S2', meanProgress: null },
    ]);
    // Category axes draw bottom-up, so the first group is given last.
    expect(option.yAxis.data).toEqual(['S2', 'S1']);
    expect(option.series[0].data).toEqual([0, 40]);
    expect(option.xAxis.max).toBe(100);
  });
});
