import { ActionComment } from '../../src/actions/action-comment.entity';
import { Action } from '../../src/actions/action.entity';
import { UnitOfWork } from '../../src/common/database/unit-of-work';
import { anAction } from '../builders';
import {
  createTestApp,
  databaseKinds,
  type TestApp,
  VIEWER,
} from '../test-app';

/** A promise the test resolves by hand. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

// A read never sees another request's uncommitted writes, and never waits for them.
describe.each(databaseKinds())(
  'reads beside a write transaction (%s)',
  (kind) => {
    let t: TestApp;
    let unitOfWork: UnitOfWork;

    beforeAll(async () => {
      t = await createTestApp({ kind });
      unitOfWork = t.app.get(UnitOfWork);
    }, 60_000);
    afterAll(() => t.close());

    /** Runs `change` in a transaction and holds it open until `release` opens. */
    function openTransaction(
      change: (
        em: Parameters<Parameters<UnitOfWork['run']>[0]>[0],
      ) => Promise<unknown>,
      options: { fail?: boolean } = {},
    ) {
      const inside = gate();
      const release = gate();
      const done = unitOfWork.run(async (em) => {
        await change(em);
        inside.open();
        await release.opened;
        if (options.fail) throw new Error('the write fails after its changes');
      });
      return { inside: inside.opened, release: release.open, done };
    }

    it('a read during the transaction answers at once with the committed rows only', async () => {
      const action = await anAction(t.dataSource);
      const viewer = await t.as(VIEWER);
      const write = openTransaction(async (em) => {
        await em.update(
          Action,
          { id: action.id },
          { title: 'Not yet committed' },
        );
        await em.insert(ActionComment, {
          action: { id: action.id },
          authorName: 'Writer',
          at: '2026-11-25T09:00:00.000Z',
          body: 'not yet committed',
        });
      });
      await write.inside;

      const during = await viewer.get(`/api/actions/${action.id}`).expect(200);
      expect(during.body.title).toBe(action.title);
      const comments = await viewer
        .get(`/api/actions/${action.id}/comments`)
        .expect(200);
      expect(comments.body.total).toBe(0);

      write.release();
      await write.done;
      const after = await viewer.get(`/api/actions/${action.id}`).expect(200);
      expect(after.body.title).toBe('Not yet committed');
    });

    it('a write that rolls back is never seen, during or after', async () => {
      const action = await anAction(t.dataSource);
      const viewer = await t.as(VIEWER);
      const write = openTransaction(
        (em) => em.update(Action, { id: action.id }, { title: 'Rolled back' }),
        { fail: true },
      );
      await write.inside;
      const during = await viewer.get(`/api/actions/${action.id}`).expect(200);
      expect(during.body.title).toBe(action.title);
      write.release();
      await expect(write.done).rejects.toThrow('fails after its changes');
      const after = await viewer.get(`/api/actions/${action.id}`).expect(200);
      expect(after.body.title).toBe(action.title);
    });

    it('writes started at once, inside and outside the unit of work, all commit without nesting', async () => {
      const action = await anAction(t.dataSource);
      const viewer = await t.as(VIEWER);
      const held = openTransaction((em) =>
        em.update(Action, { id: action.id }, { description: 'held' }),
      );
      await held.inside;
      const comments = Array.from({ length: 30 }, (_, i) =>
        i % 3 === 0
          ? // a repository write outside the unit of work takes its turn too
            t.dataSource.getRepository(ActionComment).insert({
              action: { id: action.id },
              authorName: 'Outside',
              at: '2026-11-25T09:00:00.000Z',
              body: `outside ${i}`,
            })
          : unitOfWork.run((em) =>
              em.insert(ActionComment, {
                action: { id: action.id },
                authorName: 'Inside',
                at: '2026-11-25T09:00:00.000Z',
                body: `inside ${i}`,
              }),
            ),
      );
      held.release();
      await Promise.all([held.done, ...comments]);
      const page = await viewer
        .get(`/api/actions/${action.id}/comments?pageSize=100`)
        .expect(200);
      expect(page.body.total).toBe(30);
      expect(
        (await viewer.get(`/api/actions/${action.id}`).expect(200)).body
          .description,
      ).toBe('held');
    });
  },
);
