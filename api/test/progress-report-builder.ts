import {
  ACTION_STATUSES,
  FUNDING_INSTRUMENTS,
  type Health,
  INVESTMENT_STATUSES,
  NO_MONEY,
  PARTNERS,
  PHASES,
  type ProgressFigures,
  REGIONS,
  STREAMS,
} from '@ws/domain';
import type { ActionRow, ProgressReport } from '../src/reports/progress-report';

// A progress report built in memory, as large as asked, with the kind of text the
// database gives: for the renderers, without a database behind them.

const HEALTHS: Health[] = ['green', 'amber', 'red'];
const WORDS =
  'joint roadmap pilot line regional alliance digital twin composites training survey workshop mapping cluster partners platform investment recovery plan'.split(
    ' ',
  );
/** A sentence of n words, different for each seed. */
const sentence = (seed: number, words: number) =>
  Array.from(
    { length: words },
    (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length],
  ).join(' ');

export const actionCode = (index: number) =>
  `${STREAMS[index % STREAMS.length].code}-${String(index + 1).padStart(5, '0')}`;

const figures = (actions: number): ProgressFigures => ({
  actions,
  meanProgress: actions ? 42 : null,
  byStatus: Object.fromEntries(
    ACTION_STATUSES.map((status, i) => [status, Math.floor(actions / (i + 2))]),
  ) as ProgressFigures['byStatus'],
  byHealth: {
    green: Math.floor(actions / 2),
    amber: Math.floor(actions / 3),
    red: Math.floor(actions / 6),
  },
  overdue: Math.floor(actions / 10),
  stale: Math.floor(actions / 12),
});

/** About two table rows per action in all, as in a plan that is being carried out. */
export function aProgressReport(count: number): ProgressReport {
  const date = (i: number) =>
    `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const actions: ActionRow[] = Array.from({ length: count }, (_, i) => {
    const partner = PARTNERS[i % PARTNERS.length];
    return {
      code: actionCode(i),
      title: `Action ${sentence(i, 8)}`,
      stream: STREAMS[i % STREAMS.length].number,
      phase: PHASES[i % PHASES.length].key,
      lead: partner.slug,
      leadName: partner.name,
      status: ACTION_STATUSES[i % ACTION_STATUSES.length],
      progress: (i * 13) % 101,
      health: HEALTHS[i % 3],
      startDate: i % 5 ? date(i) : null,
      dueDate: i % 4 ? date(i + 3) : null,
      overdue: i % 10 === 0,
      daysLate: i % 10 === 0 ? i % 90 : 0,
      stale: i % 12 === 0,
      lastUpdateAt: i % 3 ? `${date(i)}T10:00:00.000Z` : null,
      updatesInPeriod: i % 4,
    };
  });
  const every = (step: number) => actions.filter((_, i) => i % step === 0);
  const investments = every(50).map((action, i) => ({
    title: `Proposal ${sentence(i, 6)}`,
    instrumentName: FUNDING_INSTRUMENTS[i % FUNDING_INSTRUMENTS.length].name,
    call: i % 3 ? `CALL-2027-${i}` : null,
    leadName: action.leadName,
    status: INVESTMENT_STATUSES[i % INVESTMENT_STATUSES.length],
    statusSince: date(i),
    amountCents: 100_000_00 + i * 12_345_67,
    cofinancingCents: 20_000_00 + i * 1_234_56,
    deadline: i % 2 ? date(i + 5) : null,
  }));
  return {
    partnership: '4 Motors 4 Industry of the Future',
    from: '2026-01-01',
    to: '2026-12-31',
    generatedAt: '2026-11-25T09:00:00.000Z',
    generatedAtLocal: '2026-11-25 10:00',
    today: '2026-11-25',
    staleAfterDays: 60,
    overall: figures(count),
    byPhase: PHASES.map((phase) => ({
      ...figures(Math.floor(count / PHASES.length)),
      key: phase.key,
      name: phase.name,
    })),
    byStream: STREAMS.map((stream) => ({
      ...figures(Math.floor(count / STREAMS.length)),
      number: stream.number,
      code: stream.code,
      title: stream.title,
    })),
    byRegion: REGIONS.map((region) => ({
      ...figures(Math.floor(count / REGIONS.length)),
      code: region.code,
      name: region.name,
    })),
    byPartner: PARTNERS.map((partner) => ({
      ...figures(Math.floor(count / PARTNERS.length)),
      slug: partner.slug,
      name: partner.name,
      contributes: 3,
    })),
    rules: [
      {
        id: 'each-partner-leads-an-action',
        title: 'Every active partner leads at least one action',
        ok: true,
        violations: [],
      },
      {
        id: 'each-stream-has-an-action',
        title: 'Every activity stream has at least one action',
        ok: false,
        violations: [{ stream: 5, message: `Stream 5 ${sentence(5, 20)}` }],
      },
    ],
    statusChanges: every(2).map((action, i) => ({
      at: `${date(i)}T10:00:00.000Z`,
      date: date(i),
      time: '11:00',
      code: action.code,
      title: action.title,
      author: 'Jeanne Martin',
      organisation: action.leadName,
      status: action.status,
      progress: action.progress,
      health: action.health,
      comment: i % 3 ? sentence(i, 4 + (i % 20)) : null,
    })),
    attention: every(3).map((action, i) => ({
      code: action.code,
      title: action.title,
      leadName: action.leadName,
      status: action.status,
      health: action.health,
      progress: action.progress,
      dueDate: action.dueDate,
      daysLate: action.daysLate,
      overdue: action.overdue,
      blockers: i % 2 ? sentence(i, 3 + (i % 15)) : null,
    })),
    upcomingMilestones: every(7).map((action, i) => ({
      actionId: i + 1,
      code: action.code,
      actionTitle: action.title,
      lead: action.lead,
      leadName: action.leadName,
      title: `Milestone ${sentence(i, 5)}`,
      dueDate: date(i),
    })),
    upcomingMilestoneDays: 30,
    session: null,
    changes: null,
    decisions: every(40).map((action, i) => ({
      sessionDate: date(i),
      text: `Decide ${sentence(i, 10)}`,
      ownerName: action.leadName,
      dueDate: date(i + 1),
      actionCode: i % 2 ? action.code : null,
      done: i % 3 === 0,
      overdue: i % 3 === 1,
    })),
    investments,
    investmentPipeline: {
      today: '2026-11-25',
      total: { count: investments.length, amountCents: 1, cofinancingCents: 1 },
      open: NO_MONEY,
      granted: NO_MONEY,
      byStatus: INVESTMENT_STATUSES.map((status) => ({ ...NO_MONEY, status })),
      byInstrument: FUNDING_INSTRUMENTS.slice(0, 5).map((instrument) => ({
        count: 2,
        amountCents: 500_000_00,
        cofinancingCents: 100_000_00,
        instrument: instrument.slug,
        name: instrument.name,
        byStatus: INVESTMENT_STATUSES.map((status) => ({
          count: 1,
          amountCents: 50_000_00,
          cofinancingCents: 0,
          status,
        })),
      })),
      byRegion: [],
      byPartner: [],
      upcomingDeadlines: [],
    },
    actions,
  };
}
