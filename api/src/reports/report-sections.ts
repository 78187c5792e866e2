import {
  type ActionState,
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  brusselsDate,
  formatEuros,
  type Health,
  INVESTMENT_STATUS_LABELS,
  INVESTMENT_STATUSES,
  PHASES,
  type ProgressFigures,
} from '@ws/domain';
import { NONE_YET, type ProgressReport } from './progress-report';

// The report as titled tables, so that the PDF, the workbook and the Markdown show the
// same sections, columns and values; each renderer only decides how a cell looks.

/**
 * text; number; percent (a number 0–100); date (YYYY-MM-DD text, a real date in XLSX);
 * euros (whole cents, shown as euros)
 */
export type ColumnKind = 'text' | 'number' | 'percent' | 'date' | 'euros';
export type Cell = string | number | null;

export interface ReportColumn {
  header: string;
  kind: ColumnKind;
  /** Relative width, in characters (XLSX) or a share of the page (PDF) */
  width: number;
}

export interface ReportSection {
  /** Also the XLSX sheet name: at most 31 characters */
  title: string;
  intro?: string;
  columns: ReportColumn[];
  rows: Cell[][];
  /** Shown instead of an empty table */
  empty: string;
}

const HEALTH_LABELS: Record<Health, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
};
const phaseName = (key: string) =>
  PHASES.find((phase) => phase.key === key)?.name ?? key;
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const text = (header: string, width = 14): ReportColumn => ({
  header,
  kind: 'text',
  width,
});
const number = (header: string, width = 9): ReportColumn => ({
  header,
  kind: 'number',
  width,
});
const percent = (header: string, width = 10): ReportColumn => ({
  header,
  kind: 'percent',
  width,
});
const date = (header: string, width = 11): ReportColumn => ({
  header,
  kind: 'date',
  width,
});
const euros = (header: string, width = 16): ReportColumn => ({
  header,
  kind: 'euros',
  width,
});

/** Whole cents as euros, for the renderers that write text. */
export const eurosText = (cents: number) => formatEuros(cents, 'en');

const FIGURE_COLUMNS: ReportColumn[] = [
  number('Actions', 8),
  percent('Mean progress', 9),
  ...ACTION_STATUSES.map((status) => number(ACTION_STATUS_LABELS[status], 8)),
  number('Green', 7),
  number('Amber', 7),
  number('Red', 7),
  number('Overdue', 8),
  number('Stale', 7),
];
const figureCells = (figures: ProgressFigures): Cell[] => [
  figures.actions,
  figures.meanProgress,
  ...ACTION_STATUSES.map((status) => figures.byStatus[status]),
  figures.byHealth.green,
  figures.byHealth.amber,
  figures.byHealth.red,
  figures.overdue,
  figures.stale,
];

export function reportSections(report: ProgressReport): ReportSection[] {
  const { overall } = report;
  return [
    {
      title: 'Summary',
      intro: `All actions of the plan on ${report.today}. Health counts leave out cancelled actions; an action is stale after ${report.staleAfterDays} days without a status update.`,
      columns: [text('Figure', 34), number('Value', 10)],
      rows: [
        ['Actions', overall.actions],
        ...ACTION_STATUSES.map((status): Cell[] => [
          `Status: ${ACTION_STATUS_LABELS[status]}`,
          overall.byStatus[status],
        ]),
        ['Health: Green', overall.byHealth.green],
        ['Health: Amber', overall.byHealth.amber],
        ['Health: Red', overall.byHealth.red],
        ['Mean progress (%)', overall.meanProgress],
        ['Overdue', overall.overdue],
        ['Stale', overall.stale],
        ['Status updates in the period', report.statusChanges.length],
      ],
      empty: NONE_YET,
    },
    {
      title: 'Progress per phase',
      columns: [text('Phase', 16), ...FIGURE_COLUMNS],
      rows: report.byPhase.map((phase) => [phase.name, ...figureCells(phase)]),
      empty: NONE_YET,
    },
    {
      title: 'Progress per stream',
      columns: [text('Stream', 34), ...FIGURE_COLUMNS],
      rows: report.byStream.map((stream) => [
        `${stream.code} ${stream.title}`,
        ...figureCells(stream),
      ]),
      empty: NONE_YET,
    },
    {
      title: 'Progress per region',
      intro:
        'Actions carried out in each region (an action may cover several).',
      columns: [text('Region', 24), ...FIGURE_COLUMNS],
      rows: report.byRegion.map((region) => [
        region.name,
        ...figureCells(region),
      ]),
      empty: NONE_YET,
    },
    {
      title: 'Progress per partner',
      intro:
        'Figures of the actions each partner leads, and how many other actions it contributes to.',
      columns: [
        text('Partner', 26),
        ...FIGURE_COLUMNS,
        number('Contributes to', 11),
      ],
      rows: report.byPartner.map((partner) => [
        partner.name,
        ...figureCells(partner),
        partner.contributes,
      ]),
      empty: NONE_YET,
    },
    {
      title: 'Governance rules',
      columns: [
        text('Rule', 40),
        text('Result', 12),
        text('What violates it', 70),
      ],
      rows: report.rules.map((rule) => [
        rule.title,
        rule.ok ? 'OK' : `${rule.violations.length} violation(s)`,
        rule.violations.map((v) => v.message).join('; ') || null,
      ]),
      empty: NONE_YET,
    },
    {
      title: 'Status changes',
      intro: `Status updates from ${report.from} to ${report.to} (Brussels time).`,
      columns: [
        date('Date'),
        text('Time', 7),
        text('Code', 8),
        text('Action', 30),
        text('Author', 18),
        text('Organisation', 18),
        text('Status', 11),
        percent('Progress', 9),
        text('Health', 8),
        text('Comment', 50),
      ],
      rows: report.statusChanges.map((change) => [
        change.date,
        change.time,
        change.code,
        change.title,
        change.author,
        change.organisation,
        ACTION_STATUS_LABELS[change.status],
        change.progress,
        HEALTH_LABELS[change.health],
        change.comment,
      ]),
      empty: 'No status update in the period.',
    },
    {
      title: 'Overdue and at-risk actions',
      intro:
        'Open actions past their due date or in amber or red health, with the blockers of their latest status update.',
      columns: [
        text('Code', 8),
        text('Action', 30),
        text('Lead', 18),
        text('Status', 11),
        text('Health', 8),
        percent('Progress', 9),
        date('Due date'),
        number('Days late', 8),
        text('Blockers', 45),
      ],
      rows: report.attention.map((row) => [
        row.code,
        row.title,
        row.leadName,
        ACTION_STATUS_LABELS[row.status],
        HEALTH_LABELS[row.health],
        row.progress,
        row.dueDate,
        row.daysLate,
        row.blockers,
      ]),
      empty: 'No overdue or at-risk action.',
    },
    {
      title: 'Upcoming milestones',
      intro: `Milestones not done yet, due in the ${report.upcomingMilestoneDays} days from ${report.today}.`,
      columns: [
        date('Due date'),
        text('Code', 8),
        text('Action', 34),
        text('Milestone', 40),
        text('Lead', 20),
      ],
      rows: report.upcomingMilestones.map((milestone) => [
        milestone.dueDate,
        milestone.code,
        milestone.actionTitle,
        milestone.title,
        milestone.leadName,
      ]),
      empty: `No milestone due in the next ${report.upcomingMilestoneDays} days.`,
    },
    ...sessionChangeSections(report),
    {
      title: 'Decisions',
      intro: `Decisions of the steering-committee working sessions held from ${report.from} to ${report.to}; a decision is done when its follow-up action is completed.`,
      columns: [
        date('Date'),
        text('Decision', 60),
        text('Owner', 18),
        date('Due date'),
        text('Action', 9),
        text('State', 9),
      ],
      rows: report.decisions.map((d) => [
        d.sessionDate,
        d.text,
        d.ownerName,
        d.dueDate,
        d.actionCode,
        d.done ? 'done' : d.overdue ? 'overdue' : 'open',
      ]),
      empty: 'No working session in the period.',
    },
    ...investmentSections(report),
    {
      title: 'Actions',
      columns: [
        text('Code', 8),
        text('Title', 34),
        number('Stream', 7),
        text('Phase', 14),
        text('Lead', 20),
        text('Status', 11),
        percent('Progress', 9),
        text('Health', 8),
        date('Start date'),
        date('Due date'),
        text('Overdue', 8),
        number('Days late', 8),
        text('Stale', 7),
        date('Last update'),
        number('Updates in period', 9),
      ],
      rows: report.actions.map((action) => [
        action.code,
        action.title,
        action.stream,
        phaseName(action.phase),
        action.leadName,
        ACTION_STATUS_LABELS[action.status],
        action.progress,
        HEALTH_LABELS[action.health],
        action.startDate,
        action.dueDate,
        yesNo(action.overdue),
        action.daysLate,
        yesNo(action.stale),
        action.lastUpdateAt
          ? brusselsDate(new Date(action.lastUpdateAt))
          : null,
        action.updatesInPeriod,
      ]),
      empty: NONE_YET,
    },
  ];
}

const stateLine = (
  state: Pick<ActionState, 'status' | 'health' | 'progress'>,
) =>
  `${ACTION_STATUS_LABELS[state.status]}, ${HEALTH_LABELS[state.health]}, ${state.progress}%`;

/** "Since working session X": what changed since the session closed, one line per change. */
function sessionChangeSections(report: ProgressReport): ReportSection[] {
  if (!report.session) return [];
  const { changes } = report;
  const rows: Cell[][] = changes
    ? [
        ...changes.changedActions.map((a): Cell[] => [
          `Changed (${a.changed.join(', ')})`,
          a.code,
          a.title,
          stateLine(a.before),
          stateLine(a.now),
        ]),
        ...changes.newActions.map((a): Cell[] => [
          'New action',
          a.code,
          a.title,
          null,
          stateLine(a),
        ]),
        ...changes.cancelledActions.map((a): Cell[] => [
          'Cancelled',
          a.code,
          a.title,
          null,
          stateLine(a),
        ]),
        ...changes.removedActions.map((a): Cell[] => [
          'Deleted',
          a.code,
          a.title,
          stateLine(a),
          null,
        ]),
        ...changes.milestonesDone.map((m): Cell[] => [
          'Milestone done',
          m.code,
          m.title,
          `due ${m.dueDate}`,
          `done ${m.doneDate}`,
        ]),
        ...changes.rulesChanged.map((r): Cell[] => [
          'Rule',
          null,
          r.title,
          r.before.ok ? 'holds' : r.before.violations.join('; '),
          r.now.ok ? 'holds' : r.now.violations.join('; '),
        ]),
        ...changes.decisionsOverdue.map((d): Cell[] => [
          'Decision overdue',
          d.actionCode,
          d.text,
          `due ${d.dueDate}`,
          d.owner,
        ]),
        ...changes.decisionsDue.map((d): Cell[] => [
          'Decision due',
          d.actionCode,
          d.text,
          `due ${d.dueDate}`,
          d.owner,
        ]),
      ]
    : [];
  return [
    {
      title: 'Changes since the session',
      intro: changes
        ? `What changed between the close of the working session of ${report.session.date} and ${report.today}.`
        : `The working session of ${report.session.date} is not closed yet: there is no snapshot to compare with.`,
      columns: [
        text('Change', 16),
        text('Code', 8),
        text('Action, milestone, rule or decision', 40),
        text('Then', 24),
        text('Now', 24),
      ],
      rows,
      empty: changes ? 'Nothing changed.' : 'Not closed yet.',
    },
  ];
}

function investmentSections(report: ProgressReport): ReportSection[] {
  const pipeline = report.investmentPipeline;
  const { total, open, granted } = pipeline;
  return [
    {
      title: 'Investment pipeline',
      intro: report.investments.length
        ? `${total.count} proposal(s) for ${eurosText(total.amountCents)}, of which ${eurosText(total.cofinancingCents)} co-financed by the partners; open (idea, business plan, submitted): ${open.count} for ${eurosText(open.amountCents)}; granted: ${granted.count} for ${eurosText(granted.amountCents)}.`
        : undefined,
      columns: [
        text('Proposal', 34),
        text('Instrument', 18),
        text('Call', 20),
        text('Lead', 18),
        text('Status', 12),
        date('Since'),
        euros('Amount'),
        euros('Co-financing'),
        date('Deadline'),
      ],
      rows: report.investments.map((row) => [
        row.title,
        row.instrumentName,
        row.call,
        row.leadName,
        INVESTMENT_STATUS_LABELS[row.status],
        row.statusSince,
        row.amountCents,
        row.cofinancingCents,
        row.deadline,
      ]),
      empty: NONE_YET,
    },
    {
      title: 'Pipeline per instrument',
      intro: report.investments.length
        ? 'Amounts of the proposals per funding instrument and status.'
        : undefined,
      columns: [
        text('Instrument', 22),
        number('Proposals', 9),
        euros('Amount'),
        euros('Co-financing'),
        ...INVESTMENT_STATUSES.map((status) =>
          euros(INVESTMENT_STATUS_LABELS[status], 15),
        ),
      ],
      rows: pipeline.byInstrument.map((row) => [
        row.name,
        row.count,
        row.amountCents,
        row.cofinancingCents,
        ...row.byStatus.map((cell) => cell.amountCents),
      ]),
      empty: NONE_YET,
    },
  ];
}
