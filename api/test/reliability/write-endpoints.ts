import type { Response } from 'supertest';
import { COORDINATOR, editorOf, TEST_PASSWORD, VIEWER } from '../test-app';

/** What the cases write to: ids of existing rows, refreshed after an accepted write. */
export interface FuzzFixture {
  actionId: number;
  actionVersion: number;
  /** An action the DELETE cases may remove; replaced once removed */
  deletableActionId: number;
  userId: number;
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
  params?: (fixture: FuzzFixture) => Record<string, number>;
  /** A body the endpoint accepts; every case starts from it */
  accepted: (fixture: FuzzFixture) => Record<string, unknown>;
  /** Keeps the fixture usable after a case the endpoint accepted */
  afterAccepted?: (
    fixture: FuzzFixture,
    response: Response,
    sent: Record<string, unknown>,
  ) => Promise<void> | void;
}

const as = (email: string) => () => ({ email, password: TEST_PASSWORD });
const LEAD_EDITOR = editorOf('plastipolis');

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
 * is one more entry here; permissions.e2e-spec.ts lists the routes that exist.
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
];
