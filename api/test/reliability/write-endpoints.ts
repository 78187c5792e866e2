import type { Response } from 'supertest';
import { COORDINATOR, editorOf, TEST_PASSWORD, VIEWER } from '../test-app';

/** What the cases write to: ids of existing rows, refreshed after an accepted write. */
export interface FuzzFixture {
  actionId: number;
  actionVersion: number;
  /** An action the DELETE cases may remove; replaced once removed */
  deletableActionId: number;
  userId: number;
  sessionId: number;
  decisionId: number;
  investmentId: number;
  investmentVersion: number;
  /** The password of the account the password cases sign in as */
  password: string;
  /** A fresh action for the next accepted DELETE */
  newAction: () => Promise<number>;
}

export interface WriteEndpoint {
  /** As the router lists it, e.g. `PATCH /api/actions/:id` */
  route: string;
  /** Who sends the cases; null for a public route */
  account:
    | ((fixture: FuzzFixture) => { email: string; password: string })
    | null;
  /** Values for the route's `:params` that name existing rows */
  params?: (fixture: FuzzFixture) => Record<string, string | number>;
  /**
   * A body the endpoint accepts; every case starts from it. Null when the input is
   * not a JSON body (a file upload, a query): the cases then test the body is harmless.
   */
  accepted: (fixture: FuzzFixture) => Record<string, unknown> | null;
  /** Keeps the fixture usable after a case the endpoint accepted */
  afterAccepted?: (
    fixture: FuzzFixture,
    response: Response,
    sent: Record<string, unknown>,
  ) => Promise<void> | void;
}

const as = (email: string) => () => ({ email, password: TEST_PASSWORD });
const LEAD_EDITOR = editorOf('plastipolis');
// The password cases change the viewer's password: the feed cases sign in as another.
const VIEWER_OF_FEEDS = editorOf('eurecat');

export const sessionFields = {
  place: 'Lyon, Plastipolis',
  link: 'https://meet.example/4m4iof',
  attendees: [{ partner: 'afil', present: true }],
  agenda: ['Review of the action plan'],
  decisions: [
    { text: 'Draft the joint roadmap', owner: 'afil', dueDate: '2027-01-31' },
  ],
  minutes: 'Minutes of the session',
};

export const investmentFields = {
  title: 'Interregional pilot line for recycled composites',
  instrument: 'horizon-europe',
  call: 'HORIZON-CL4-2027-TWIN-TRANSITION-01',
  amountCents: 425_000_000,
  cofinancingCents: 127_500_000,
  lead: 'afil',
  partners: ['eurecat', 'plastipolis'],
  regions: ['ITC4', 'ES51', 'FRK'],
  deadline: '2027-02-18',
};

const actionFields = {
  description: 'Shared pilot lines for recycled polymers',
  contributors: ['afil', 'eurecat'],
  regions: ['ES51'],
  startDate: '2026-12-01',
  dueDate: '2027-06-30',
  milestones: [{ title: 'Kick-off', dueDate: '2027-01-15', doneDate: null }],
  indicators: [
    {
      name: 'SMEs reached',
      unit: 'companies',
      baseline: 0,
      target: 40,
      actual: null,
    },
  ],
};

/**
 * Every write endpoint of the API, each with an accepted body. A new write endpoint
 * is one more entry here: the suite fails while a write route of the router has none.
 */
export const WRITE_ENDPOINTS: WriteEndpoint[] = [
  {
    route: 'POST /api/actions',
    account: as(COORDINATOR),
    accepted: () => ({
      title: 'Joint roadmap on additive manufacturing',
      stream: 2,
      phase: 'preparation',
      lead: 'plastipolis',
      ...actionFields,
    }),
  },
  {
    route: 'PATCH /api/actions/:id',
    account: as(COORDINATOR),
    params: (f) => ({ id: f.actionId }),
    accepted: (f) => ({
      version: f.actionVersion,
      title: 'Renamed action',
      status: 'in_progress',
      progress: 10,
      health: 'green',
      ...actionFields,
    }),
    afterAccepted: (f, res) => {
      f.actionVersion = res.body.version;
    },
  },
  {
    route: 'DELETE /api/actions/:id',
    account: as(COORDINATOR),
    params: (f) => ({ id: f.deletableActionId }),
    accepted: () => ({}),
    afterAccepted: async (f) => {
      f.deletableActionId = await f.newAction();
    },
  },
  {
    route: 'POST /api/actions/:id/updates',
    account: as(LEAD_EDITOR),
    params: (f) => ({ id: f.actionId }),
    accepted: () => ({
      status: 'in_progress',
      progress: 20,
      health: 'amber',
      comment: 'Waiting for the partners’ figures',
      nextSteps: 'Collect figures',
      blockers: null,
    }),
    afterAccepted: (f, res) => {
      f.actionVersion = res.body.action.version;
    },
  },
  {
    route: 'POST /api/actions/:id/comments',
    account: as(LEAD_EDITOR),
    params: (f) => ({ id: f.actionId }),
    accepted: () => ({ body: 'Minutes of the call are in the shared folder' }),
  },
  {
    route: 'POST /api/users',
    account: as(COORDINATOR),
    accepted: () => ({
      email: 'new.editor@afil.example',
      displayName: 'New Editor',
      role: 'editor',
      partner: 'afil',
      password: 'a-long-passphrase-1',
    }),
  },
  {
    route: 'PATCH /api/users/:id',
    account: as(COORDINATOR),
    params: (f) => ({ id: f.userId }),
    accepted: () => ({
      displayName: 'Renamed Editor',
      role: 'editor',
      partner: 'eurecat',
      active: true,
      password: 'another-passphrase-2',
    }),
  },
  {
    route: 'POST /api/auth/login',
    account: null,
    accepted: () => ({ email: COORDINATOR, password: TEST_PASSWORD }),
  },
  {
    route: 'POST /api/auth/password',
    account: (f) => ({ email: VIEWER, password: f.password }),
    accepted: (f) => ({
      currentPassword: f.password,
      newPassword: `${f.password}-next`,
    }),
    afterAccepted: (f, _res, sent) => {
      f.password = String(sent['newPassword']);
    },
  },
  {
    route: 'POST /api/partnership/advance-phase',
    account: as(COORDINATOR),
    accepted: () => ({}),
  },
  {
    route: 'POST /api/working-sessions',
    account: as(COORDINATOR),
    accepted: () => ({ date: '2027-01-20', ...sessionFields }),
  },
  {
    route: 'PATCH /api/working-sessions/:id',
    account: as(COORDINATOR),
    params: (f) => ({ id: f.sessionId }),
    accepted: () => ({ date: '2027-01-21', ...sessionFields }),
  },
  {
    route: 'POST /api/working-sessions/:id/decisions/:decisionId/follow-up',
    account: as(COORDINATOR),
    params: (f) => ({ id: f.sessionId, decisionId: f.decisionId }),
    accepted: () => ({ stream: 3, phase: 'preparation' }),
  },
  {
    route: 'POST /api/working-sessions/:id/close',
    account: as(COORDINATOR),
    params: (f) => ({ id: f.sessionId }),
    accepted: () => ({}),
  },
  {
    route: 'POST /api/investments',
    account: as(COORDINATOR),
    accepted: () => ({ ...investmentFields }),
  },
  {
    route: 'PATCH /api/investments/:id',
    account: as(COORDINATOR),
    params: (f) => ({ id: f.investmentId }),
    accepted: (f) => ({
      version: f.investmentVersion,
      ...investmentFields,
      title: 'Renamed proposal',
    }),
    afterAccepted: (f, res) => {
      f.investmentVersion = res.body.version;
    },
  },
  {
    route: 'POST /api/partners',
    account: as(COORDINATOR),
    accepted: () => ({
      name: 'Cluster Nova',
      region: 'PT16',
      kind: 'cluster',
      networkSize: 120,
      smes: 80,
      thematic: 'Advanced manufacturing',
      effraDomains: ['D2', 'D1'],
    }),
  },
  {
    route: 'PATCH /api/partners/:slug',
    account: as(COORDINATOR),
    params: () => ({ slug: 'cep' }),
    accepted: () => ({ name: 'CEP Polska', region: 'PL21', kind: 'cluster' }),
  },
  {
    route: 'POST /api/partners/:slug/retire',
    account: as(COORDINATOR),
    params: () => ({ slug: 'bwcon' }),
    accepted: () => ({ reassignTo: 'afil' }),
  },
  {
    route: 'POST /api/partners/:slug/reinstate',
    account: as(COORDINATOR),
    params: () => ({ slug: 'bwcon' }),
    accepted: () => ({}),
  },
  {
    route: 'POST /api/regions',
    account: as(COORDINATOR),
    accepted: () => ({
      code: 'PT11',
      name: 'Norte',
      country: 'PT',
      countryName: 'Portugal',
      membership: 'extended',
    }),
  },
  {
    route: 'PATCH /api/regions/:code',
    account: as(COORDINATOR),
    params: () => ({ code: 'BE2' }),
    accepted: () => ({ membership: 'four_motors' }),
  },
  {
    route: 'PATCH /api/streams/:number',
    account: as(COORDINATOR),
    params: () => ({ number: 3 }),
    accepted: () => ({
      shortTitle: 'Joint roadmap',
      description: 'Shared priorities.',
    }),
  },
  {
    route: 'PATCH /api/settings',
    account: as(COORDINATOR),
    accepted: () => ({ staleAfterDays: 20, partnershipName: '4M4IoF' }),
  },
  {
    route: 'PUT /api/notifications/preferences',
    account: as(LEAD_EDITOR),
    accepted: () => ({
      email: true,
      weeklyDigest: true,
      commentsAndDecisions: 'immediate',
      language: 'en',
    }),
  },
  {
    route: 'POST /api/notifications/read-all',
    account: as(LEAD_EDITOR),
    accepted: () => ({}),
  },
  {
    route: 'POST /api/notifications/:id/read',
    account: as(LEAD_EDITOR),
    params: () => ({ id: 1 }),
    accepted: () => ({}),
  },
  {
    route: 'POST /api/calendar/feed',
    account: as(VIEWER_OF_FEEDS),
    accepted: () => ({}),
  },
  {
    // The token comes in the query; a body is ignored.
    route: 'POST /api/unsubscribe',
    account: null,
    accepted: () => null,
  },
  {
    // A multipart file upload; a JSON body is refused.
    route: 'POST /api/imports',
    account: as(COORDINATOR),
    accepted: () => null,
  },
  {
    route: 'POST /api/imports/:id/apply',
    account: as(COORDINATOR),
    params: () => ({ id: '6f1c2b5e-8a3d-4c7e-9b1a-2d4e6f8a0c1b' }),
    accepted: () => ({}),
  },
];
