import { neutraliseFormula } from './render-csv';
import { markdownCell } from './render-markdown';

describe('report cells', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['C:\\path', 'C:\\\\path'],
    ['two\nlines', 'two lines'],
    ['', '—'],
  ])('writes %j in a Markdown table as %j', (value, cell) => {
    expect(markdownCell(value)).toBe(cell);
  });

  it('writes numbers as they are, percentages with a sign, nothing as a dash', () => {
    expect(markdownCell(42, 'number')).toBe('42');
    expect(markdownCell(52.1, 'percent')).toBe('52.1%');
    expect(markdownCell(null)).toBe('—');
  });

  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ['+33 4 74', "'+33 4 74"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['Clúster Digital', 'Clúster Digital'],
    ['Pool-Net', 'Pool-Net'],
  ])('makes %j safe for spreadsheets as %j', (value, safe) => {
    expect(neutraliseFormula(value)).toBe(safe);
  });
});
