import { SessionChangesView } from '@ws/domain';

// What changed since a working session, for the session pages' tests.
const FIGURES = {
  actions: 3,
  meanProgress: 40,
  byStatus: {
    planned: 1,
    in_progress: 2,
    on_hold: 0,
    completed: 0,
    cancelled: 0,
  },
  byHealth: { green: 2, amber: 1, red: 0 },
  overdue: 0,
  stale: 0,
};

export function someChanges(
  overrides: Partial<SessionChangesView> = {},
): SessionChangesView {
  return {
    session: {
      id: 4,
      date: '2026-10-15',
      closedAt: '2026-10-15T15:00:00.000Z',
    },
    today: '2026-11-25',
    then: { takenAt: '2026-10-15T15:00:00.000Z', overall: FIGURES },
    changedActions: [
      {
        id: 7,
        code: 'S2-03',
        title: 'Peer review',
        lead: 'cep',
        before: { status: 'planned', health: 'green', progress: 0 },
        now: { status: 'in_progress', health: 'red', progress: 20 },
        changed: ['status', 'health', 'progress'],
      },
    ],
    newActions: [
      {
        id: 9,
        code: 'S5-02',
        title: 'Pilot',
        lead: 'pool-net',
        status: 'planned',
        health: 'green',
        progress: 0,
      },
    ],
    cancelledActions: [],
    removedActions: [
      {
        id: 3,
        code: 'S1-09',
        title: 'Gone',
        lead: 'afil',
        status: 'planned',
        health: 'green',
        progress: 0,
      },
    ],
    milestonesDone: [
      {
        actionId: 7,
        code: 'S2-03',
        title: 'Workshop',
        dueDate: '2026-11-01',
        doneDate: '2026-11-02',
      },
    ],
    rulesChanged: [
      {
        id: 'each-partner-leads-an-action',
        title: 'Every active partner leads at least one action',
        before: { ok: true, violations: [] },
        now: { ok: false, violations: ['CEP leads no action'] },
      },
    ],
    decisionsDue: [],
    decisionsOverdue: [
      {
        id: 2,
        sessionId: 4,
        sessionDate: '2026-10-15',
        text: 'Send the survey',
        owner: 'afil',
        dueDate: '2026-11-01',
        done: false,
        actionId: null,
        actionCode: null,
      },
    ],
    ...overrides,
  };
}
