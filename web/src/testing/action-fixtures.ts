// Builders of action-plan API responses with valid defaults: a test overrides
// only what it is about, e.g. anAction({ lead: 'afil', health: 'red' }).
import { HttpTestingController } from '@angular/common/http/testing';
import {
  ACTION_STATUSES,
  ActionStatus,
  ActionView,
  CommentView,
  GOVERNANCE_RULE_TITLES,
  GovernanceRuleId,
  GovernanceRuleResult,
  GovernanceViolation,
  Page,
  StatusUpdateView,
} from '@ws/domain';
import {
  PARTNER_VIEWS,
  REGION_VIEWS,
  STREAM_VIEWS,
  page,
  phaseViews,
  partnerView,
} from './reference-fixtures';

export function anAction(overrides: Partial<ActionView> = {}): ActionView {
  const lead = overrides.lead ?? 'pool-net';
  return {
    id: 7,
    code: 'S3-04',
    title: 'Joint roadmap workshop on additive manufacturing',
    description:
      'Bring the regional alliances together to agree on shared priorities for additive manufacturing.',
    stream: 3,
    phase: 'preparation',
    lead,
    leadName: partnerView(lead).name,
    contributors: ['eurecat', 'flanders-make'],
    regions: ['PT16', 'ES51'],
    startDate: '2025-02-01',
    dueDate: '2025-11-30',
    status: 'in_progress',
    progress: 40,
    health: 'green',
    milestones: [
      {
        id: 71,
        title: 'Workshop agenda agreed',
        dueDate: '2025-03-15',
        doneDate: '2025-03-10',
      },
      {
        id: 72,
        title: 'Workshop held in Marinha Grande',
        dueDate: '2025-06-20',
        doneDate: null,
      },
      {
        id: 73,
        title: 'Roadmap chapter published',
        dueDate: '2025-10-31',
        doneDate: null,
      },
    ],
    indicators: [
      {
        id: 81,
        name: 'SMEs taking part',
        unit: 'SMEs',
        baseline: 0,
        target: 40,
        actual: 10,
      },
    ],
    version: 3,
    overdue: false,
    stale: false,
    daysLate: 0,
    nextMilestone: {
      id: 72,
      title: 'Workshop held in Marinha Grande',
      dueDate: '2025-06-20',
      doneDate: null,
    },
    lastUpdateAt: '2025-05-12T08:30:00.000Z',
    createdAt: '2025-01-20T09:00:00.000Z',
    updatedAt: '2025-05-12T08:30:00.000Z',
    ...overrides,
  };
}

export function aStatusUpdate(
  overrides: Partial<StatusUpdateView> = {},
): StatusUpdateView {
  return {
    id: 501,
    actionId: 7,
    at: '2025-05-12T08:30:00.000Z',
    author: 'Pool-Net editor',
    organisation: 'Pool-Net',
    status: 'in_progress',
    progress: 40,
    health: 'green',
    comment: null,
    nextSteps: null,
    blockers: null,
    ...overrides,
  };
}

export function aComment(overrides: Partial<CommentView> = {}): CommentView {
  return {
    id: 901,
    actionId: 7,
    at: '2025-05-13T14:00:00.000Z',
    author: 'Eurecat editor',
    organisation: 'Eurecat',
    body: 'We can host the second workshop in Barcelona.',
    ...overrides,
  };
}

export function actionsPage(
  items: ActionView[],
  overrides: Partial<Page<ActionView>> = {},
): Page<ActionView> {
  return { items, total: items.length, page: 1, pageSize: 25, ...overrides };
}

export function aRuleResult(
  id: GovernanceRuleId,
  violations: GovernanceViolation[] = [],
): GovernanceRuleResult {
  return {
    id,
    title: GOVERNANCE_RULE_TITLES[id],
    ok: violations.length === 0,
    violations,
  };
}

/** Answers the reference data the action pages name things with. */
export function flushActionReferences(http: HttpTestingController): void {
  http.expectOne('/api/partners').flush(page(PARTNER_VIEWS));
  http.expectOne('/api/streams').flush(page(STREAM_VIEWS));
  http.expectOne('/api/phases').flush(page(phaseViews()));
  http.expectOne('/api/regions').flush(page(REGION_VIEWS));
}

/** Answers the counts by status of the action list (pageSize=1 requests). */
export function flushStatusCounts(
  http: HttpTestingController,
  counts: Partial<Record<ActionStatus, number>> = {},
): void {
  const requests = http.match(
    (request) =>
      request.url === '/api/actions' && request.params.get('pageSize') === '1',
  );
  expect(requests.map((r) => r.request.params.get('status'))).toEqual([
    ...ACTION_STATUSES,
  ]);
  for (const request of requests) {
    const status = request.request.params.get('status') as ActionStatus;
    request.flush(actionsPage([], { total: counts[status] ?? 0, pageSize: 1 }));
  }
}
