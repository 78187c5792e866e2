import ICAL from 'ical.js';
import type { CalendarFeedView } from '@ws/domain';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { User } from '../src/users/user.entity';
import { anAction } from './builders';
import {
  type AuthedClient,
  COORDINATOR,
  createTestApp,
  editorOf,
  type TestApp,
  VIEWER,
} from './test-app';

// The calendar feed: a secret address calendar clients read without signing in.

interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  allDay: boolean;
  location: string | null;
  description: string | null;
}

function parseFeed(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      location: event.location || null,
      description: event.description || null,
    };
  });
}

describe('calendar feed', () => {
  let t: TestApp;
  let viewer: AuthedClient;
  let coordinator: AuthedClient;

  beforeAll(async () => {
    t = await createTestApp();
    viewer = await t.as(VIEWER);
    coordinator = await t.as(COORDINATOR);
  });
  afterAll(() => t.close());

  const feedAt = (path: string) => t.http().get(path);

  it('has no address until the user creates one, and never journals the secret', async () => {
    const none = await viewer.get('/api/calendar/feed').expect(200);
    expect(none.body).toEqual({ path: null, createdAt: null });
    const created = (await viewer.post('/api/calendar/feed').expect(200))
      .body as CalendarFeedView;
    expect(created.path).toMatch(/^\/api\/calendar\.ics\?token=[\w-]{43}$/);
    expect((await viewer.get('/api/calendar/feed')).body).toEqual(created);
    const token = (created.path as string).split('token=')[1];
    const journal = await t.dataSource.getRepository(AuditEntry).find({
      where: { entityType: 'calendar-feed' },
    });
    expect(journal).toHaveLength(1);
    expect(JSON.stringify(journal)).not.toContain(token);
  });

  it('serves sessions, milestones and decision due dates with stable uids, without signing in', async () => {
    const action = await anAction(t.dataSource, {
      code: 'S1-01',
      lead: 'afil',
    });
    await coordinator
      .patch(`/api/actions/${action.id}`)
      .send({
        version: 1,
        milestones: [{ title: 'Kick-off workshop', dueDate: '2026-12-03' }],
      })
      .expect(200);
    const session = (
      await coordinator
        .post('/api/working-sessions')
        .send({
          date: '2026-12-10',
          place: 'Barcelona',
          agenda: ['Welcome', 'Roadmap'],
          decisions: [
            { text: 'Send the survey', owner: 'afil', dueDate: '2027-01-15' },
          ],
        })
        .expect(201)
    ).body;
    const { path } = (await viewer.get('/api/calendar/feed')).body;

    const res = await feedAt(path).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = parseFeed(res.text);
    expect(events).toEqual(
      expect.arrayContaining([
        {
          uid: `working-session-${session.id}@4m4iof.example`,
          summary: '4 Motors 4 Industry of the Future steering committee',
          start: '2026-12-10',
          end: '2026-12-11',
          allDay: true,
          location: 'Barcelona',
          description: 'Agenda:\n1. Welcome\n2. Roadmap',
        },
        expect.objectContaining({
          summary: 'S1-01 milestone: Kick-off workshop',
          start: '2026-12-03',
          allDay: true,
        }),
        expect.objectContaining({
          uid: `decision-${session.decisions[0].id}@4m4iof.example`,
          summary: 'Decision due (AFIL): Send the survey',
          start: '2027-01-15',
        }),
      ]),
    );
    expect(events).toHaveLength(3);

    // Editing the action rewrites its milestones; their events keep their uid.
    const current = (await coordinator.get(`/api/actions/${action.id}`)).body;
    await coordinator
      .patch(`/api/actions/${action.id}`)
      .send({
        version: current.version,
        title: 'Renamed',
        milestones: current.milestones.map(
          (m: { title: string; dueDate: string }) => ({
            title: m.title,
            dueDate: m.dueDate,
          }),
        ),
      })
      .expect(200);
    const again = parseFeed((await feedAt(path).expect(200)).text);
    expect(again.map((e) => e.uid).sort()).toEqual(
      events.map((e) => e.uid).sort(),
    );
  });

  it('stops answering the old address once the user resets it', async () => {
    const old = (await viewer.get('/api/calendar/feed')).body.path;
    await feedAt(old).expect(200);
    const reset = (await viewer.post('/api/calendar/feed').expect(200)).body;
    expect(reset.path).not.toBe(old);
    const gone = await feedAt(old).expect(404);
    expect(gone.body.message).toContain('No calendar feed');
    await feedAt(reset.path).expect(200);
  });

  it('keeps each account its own address, and closes it with a disabled account', async () => {
    const editor = await t.as(editorOf('cep'));
    const own = (await editor.post('/api/calendar/feed').expect(200)).body;
    expect(own.path).not.toBe(
      (await viewer.get('/api/calendar/feed')).body.path,
    );
    await feedAt(own.path).expect(200);
    await t.dataSource
      .getRepository(User)
      .update({ email: editorOf('cep') }, { active: false });
    await feedAt(own.path).expect(404);
  });

  it('refuses a missing or malformed token with 400 and an unknown one with 404', async () => {
    const missing = await feedAt('/api/calendar.ics').expect(400);
    expect(missing.body.errors[0].field).toBe('token');
    await feedAt('/api/calendar.ics?token=short').expect(400);
    await feedAt(`/api/calendar.ics?token=${'x'.repeat(43)}`).expect(404);
    await feedAt('/api/calendar/feed').expect(401);
  });
});
