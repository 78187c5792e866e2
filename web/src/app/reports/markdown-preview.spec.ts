import { previewBlocks } from './markdown-preview';

describe('previewBlocks', () => {
  it('reads the headings, lists, paragraphs and tables of a report', () => {
    const markdown = [
      '# 4 Motors 4 Industry of the Future — progress report',
      '',
      '- **Period:** 2026-10-01 to 2026-11-30',
      '- **Generated:** 2026-11-25 10:00 (Brussels time)',
      '',
      '## Summary',
      '',
      'All actions of the plan.',
      '',
      '| Figure | Value |',
      '| --- | ---: |',
      '| Actions | 36 |',
      '| a \\| b | 2 |',
      '',
    ].join('\n');
    expect(previewBlocks(markdown)).toEqual([
      {
        kind: 'title',
        text: '4 Motors 4 Industry of the Future — progress report',
      },
      {
        kind: 'list',
        items: [
          'Period: 2026-10-01 to 2026-11-30',
          'Generated: 2026-11-25 10:00 (Brussels time)',
        ],
      },
      { kind: 'heading', text: 'Summary' },
      { kind: 'paragraph', text: 'All actions of the plan.' },
      {
        kind: 'table',
        header: ['Figure', 'Value'],
        numeric: [false, true],
        rows: [
          ['Actions', '36'],
          ['a | b', '2'],
        ],
      },
    ]);
  });

  it('shows the escaped angle brackets of a table cell as written', () => {
    const [table] = previewBlocks(
      '| Comment |\n| --- |\n| \\<img src=x onerror=alert(1)\\> |',
    );
    expect(table).toMatchObject({
      rows: [['<img src=x onerror=alert(1)>']],
    });
  });

  it('keeps markup as text', () => {
    expect(previewBlocks('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'paragraph', text: '<img src=x onerror=alert(1)>' },
    ]);
  });
});
