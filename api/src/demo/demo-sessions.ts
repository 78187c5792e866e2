import type { EntityManager } from 'typeorm';
import {
  ACTION_STATUSES,
  type ActionState,
  type ActionStatus,
  calendarDaysBetween,
  DEFAULT_STALE_AFTER_DAYS,
  evaluateGovernance,
  HEALTHS,
  type Health,
  isClosed,
  PHASES,
  type ProgressFigures,
  ruleStates,
  type SessionSnapshotView,
} from '@ws/domain';
import type { Action } from '../actions/action.entity';
import type { Partner } from '../partners/partner.entity';
import type { Stream } from '../reference-data/stream.entity';
import type { User } from '../users/user.entity';
import {
  Decision,
  SessionAttendee,
  SessionSnapshot,
  WorkingSession,
} from '../working-sessions/working-session.entity';
import {
  createdDay,
  type DemoAction,
  type DemoDay,
  PLAN_ADOPTED,
} from './demo-plan';

// SPEC §2: the steering committee met twice since the plan was adopted (both sessions
// closed, with the figures they froze) and meets again in three weeks.

interface DemoDecision {
  text: string;
  owner: string;
  due: DemoDay;
  /** Code of the action the decision created or changes */
  action?: string;
}

interface DemoSession {
  day: DemoDay;
  place: string | null;
  link: string | null;
  /** Partners invited: slug → present */
  partners: Record<string, boolean>;
  agenda: string[];
  decisions: DemoDecision[];
  minutes: string;
  closed: boolean;
}

export const DEMO_SESSIONS: readonly DemoSession[] = [
  {
    day: -84,
    place: 'Stuttgart, bwcon',
    link: null,
    partners: {
      plastipolis: true,
      afil: true,
      'microtec-sudwest': true,
      bwcon: true,
      eurecat: true,
      cep: false,
      'flanders-make': true,
      'pool-net': true,
    },
    agenda: [
      'Implementation kick-off after the adoption of the joint action plan',
      'Hannover Messe: joint stand and B2B meetings',
      'Funding mix for the transregional projects',
    ],
    decisions: [
      {
        text: 'Book the joint 4M4IoF stand at Hannover Messe and open the B2B registration',
        owner: 'microtec-sudwest',
        due: -56,
        action: 'S5-02',
      },
      {
        text: 'Circulate a first map of the regional funds that can co-finance the pilot projects',
        owner: 'plastipolis',
        due: -40,
        action: 'S4-01',
      },
    ],
    minutes: [
      '## Implementation kick-off',
      '',
      'The coordinator recalled that the joint action plan was adopted in the spring; every partner leads at least one action.',
      '',
      '- **Hannover Messe**: microTEC Südwest books the joint stand; Pool-Net and Eurecat bring two SMEs each.',
      '- **Funding mix**: Plastipolis drafts the map of regional funds before the next session.',
      '',
      'CEP sent its apologies.',
    ].join('\n'),
    closed: true,
  },
  {
    day: -28,
    place: null,
    link: 'https://meet.4m4iof.example/steering-committee',
    partners: {
      plastipolis: true,
      viameca: true,
      minalogic: true,
      afil: true,
      'microtec-sudwest': false,
      bwcon: true,
      eurecat: true,
      cep: true,
      'cluster-digital-de-catalunya': true,
      'flanders-make': true,
      'cluj-it-cluster': true,
      'pool-net': false,
    },
    agenda: [
      'Progress of the joint roadmaps (stream 3)',
      'Composites upscaling: the delayed pilot line',
      'Horizon Europe and Digital Europe calls of the coming months',
    ],
    decisions: [
      {
        text: 'Present a recovery plan for the composites pilot line',
        owner: 'cep',
        due: -7,
        action: 'S3-03',
      },
      {
        text: 'Shortlist the Digital Europe calls the consortia answer together',
        owner: 'eurecat',
        due: 12,
        action: 'S5-06',
      },
      {
        text: 'Draft the cyber-security self-assessment for manufacturing SMEs',
        owner: 'cluster-digital-de-catalunya',
        due: 45,
      },
    ],
    minutes: [
      '## Joint roadmaps',
      '',
      'Flanders Make presented the additive manufacturing roadmap; Minalogic asked to align the *human-machine interfaces* roadmap with it.',
      '',
      '## Composites upscaling',
      '',
      'The pilot line is late: CEP presents a recovery plan at the next session.',
    ].join('\n'),
    closed: true,
  },
  {
    day: 21,
    place: 'Barcelona, Eurecat',
    link: 'https://meet.4m4iof.example/steering-committee',
    partners: {
      plastipolis: true,
      eurecat: true,
      'cluster-digital-de-catalunya': true,
      cep: true,
      afil: true,
    },
    agenda: [
      'Changes since the last working session',
      'Recovery plan for the composites pilot line',
      'Investment phase: the first proposals',
    ],
    decisions: [],
    minutes: '',
    closed: false,
  },
];

export interface DemoSessionContext {
  date: (day: DemoDay) => string;
  instant: (day: DemoDay, hour: number) => string;
  coordinator: User | undefined;
  partners: Partner[];
  streams: Stream[];
  /** The demo's actions as saved, with the demo data they came from */
  actions: { saved: Action; demo: DemoAction }[];
}

/** The sessions, their decisions and, for the closed ones, the figures they froze. */
export async function insertDemoSessions(
  em: EntityManager,
  context: DemoSessionContext,
): Promise<number> {
  const partnerBySlug = new Map(context.partners.map((p) => [p.slug, p]));
  const actionByCode = new Map(
    context.actions.map(({ saved }) => [saved.code, saved]),
  );
  for (const demo of DEMO_SESSIONS) {
    const closedAt = demo.closed ? context.instant(demo.day, 17) : null;
    const session = await em.save(
      em.create(WorkingSession, {
        date: context.date(demo.day),
        place: demo.place,
        link: demo.link,
        agenda: demo.agenda,
        minutes: demo.minutes,
        closedAt,
        closedBy: closedAt ? (context.coordinator?.displayName ?? null) : null,
        createdAt: context.instant(Math.min(demo.day, 0) - 14, 10),
        updatedAt: closedAt ?? context.instant(-1, 10),
      }),
    );
    const attendees = Object.entries(demo.partners).filter(([slug]) =>
      partnerBySlug.has(slug),
    );
    await em.insert(SessionAttendee, [
      ...(context.coordinator
        ? [
            {
              session: { id: session.id },
              position: 0,
              user: { id: context.coordinator.id },
              partner: null,
              present: true,
            },
          ]
        : []),
      ...attendees.map(([slug, present], index) => ({
        session: { id: session.id },
        position: index + 1,
        user: null,
        partner: { id: partnerBySlug.get(slug)?.id },
        present,
      })),
    ]);
    const decisions = demo.decisions.filter((d) => partnerBySlug.has(d.owner));
    if (decisions.length)
      await em.insert(
        Decision,
        decisions.map((d, position) => ({
          session: { id: session.id },
          position,
          text: d.text,
          owner: { id: partnerBySlug.get(d.owner)?.id },
          dueDate: context.date(d.due),
          action: d.action ? (actionByCode.get(d.action) ?? null) : null,
          createdAt: context.instant(demo.day, 16),
        })),
      );
    if (closedAt)
      await em.insert(SessionSnapshot, {
        sessionId: session.id,
        takenAt: closedAt,
        figures: snapshotOn(demo.day, session.id, closedAt, context),
      });
  }
  return DEMO_SESSIONS.length;
}

/** The plan as it stood on a past day, replayed from the demo's status history. */
function snapshotOn(
  day: DemoDay,
  sessionId: number,
  takenAt: string,
  context: DemoSessionContext,
): SessionSnapshotView {
  const today = context.date(day);
  const existing = context.actions.filter(
    ({ demo }) => createdDay(demo) <= day,
  );
  const states = existing.map(({ saved, demo }) => {
    const updates = demo.updates.filter((u) => u.day <= day);
    const last = updates[updates.length - 1];
    const state: ActionState = {
      id: saved.id,
      code: saved.code,
      title: saved.title,
      lead: saved.lead.slug,
      status: last?.status ?? 'planned',
      health: last?.health ?? 'green',
      progress: last?.progress ?? 0,
    };
    const dueDate = context.date(demo.due);
    return {
      state,
      demo,
      saved,
      overdue: !isClosed(state.status) && dueDate < today,
      stale:
        !isClosed(state.status) &&
        calendarDaysBetween(
          context.date(last?.day ?? createdDay(demo)),
          today,
        ) > DEFAULT_STALE_AFTER_DAYS,
    };
  });
  type Row = (typeof states)[number];
  const figures = (rows: Row[]): ProgressFigures => {
    const live = rows.filter((r) => r.state.status !== 'cancelled');
    const count = <K extends string>(keys: readonly K[], of: (r: Row) => K) =>
      Object.fromEntries(
        keys.map((k) => [k, rows.filter((r) => of(r) === k).length]),
      ) as Record<K, number>;
    return {
      actions: rows.length,
      meanProgress: live.length
        ? Math.round(
            (live.reduce((sum, r) => sum + r.state.progress, 0) / live.length) *
              10,
          ) / 10
        : null,
      byStatus: count<ActionStatus>(ACTION_STATUSES, (r) => r.state.status),
      byHealth: Object.fromEntries(
        HEALTHS.map((h) => [
          h,
          live.filter((r) => r.state.health === h).length,
        ]),
      ) as Record<Health, number>,
      overdue: rows.filter((r) => r.overdue).length,
      stale: rows.filter((r) => r.stale).length,
    };
  };
  const active = context.partners.filter((p) => p.retiredAt === null);
  return {
    sessionId,
    takenAt,
    today,
    overall: figures(states),
    byPhase: PHASES.map((p) => ({
      key: p.key,
      name: p.name,
      ...figures(states.filter((r) => r.demo.phase === p.key)),
    })),
    byStream: [...context.streams]
      .sort((a, b) => a.number - b.number)
      .map((s) => ({
        number: s.number,
        code: s.code,
        title: s.shortTitle,
        ...figures(states.filter((r) => r.saved.stream.id === s.id)),
      })),
    byPartner: active.map((p) => ({
      slug: p.slug,
      name: p.name,
      contributes: states.filter(
        (r) =>
          r.state.status !== 'cancelled' &&
          r.demo.contributors.includes(p.slug),
      ).length,
      ...figures(states.filter((r) => r.state.lead === p.slug)),
    })),
    actions: states.map((r) => r.state),
    milestones: existing.flatMap(({ saved, demo }) =>
      demo.milestones.map((m) => ({
        actionId: saved.id,
        code: saved.code,
        title: m.title,
        dueDate: context.date(m.due),
        doneDate:
          m.done !== null && m.done <= day ? context.date(m.done) : null,
      })),
    ),
    rules: ruleStates(
      evaluateGovernance({
        partners: context.partners.map((p) => ({
          slug: p.slug,
          name: p.name,
          retired: p.retiredAt !== null,
        })),
        streams: context.streams.map((s) => ({
          number: s.number,
          title: s.title,
        })),
        actions: states.map((r) => ({
          code: r.state.code,
          lead: r.state.lead,
          stream: r.saved.stream.number,
          phase: r.demo.phase,
          status: r.state.status,
        })),
        planAdopted: day >= PLAN_ADOPTED,
      }),
    ),
  };
}
