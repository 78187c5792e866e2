import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  ActionView,
  CommentView,
  StatusUpdateView,
  UserView,
} from '@ws/domain';
import {
  aComment,
  aStatusUpdate,
  anAction,
  flushActionReferences,
} from '../../../testing/action-fixtures';
import {
  button,
  byRole,
  choose,
  descriptionOf,
  field,
  heading,
  link,
  textOf,
  typeInto,
} from '../../../testing/dom';
import {
  BAD_REQUEST,
  CONFLICT,
  COORDINATOR,
  NOT_FOUND,
  POOL_NET_EDITOR,
  VIEWER,
  loginAs,
  page,
} from '../../../testing/reference-fixtures';
import { Session } from '../../core/auth/session';
import { ActionDetail } from './action-detail';
import { provideTestTranslations } from '../../../testing/i18n';

const EURECAT_EDITOR: UserView = {
  ...POOL_NET_EDITOR,
  id: 21,
  email: 'editor.eurecat@4m4iof.example',
  displayName: 'Eurecat editor',
  partner: 'eurecat',
  partnerName: 'Eurecat',
};

const AFIL_EDITOR: UserView = {
  ...POOL_NET_EDITOR,
  id: 22,
  email: 'editor.afil@4m4iof.example',
  displayName: 'AFIL editor',
  partner: 'afil',
  partnerName: 'AFIL',
};

const HISTORY: StatusUpdateView[] = [
  aStatusUpdate({
    id: 502,
    at: '2025-05-12T08:30:00.000Z',
    status: 'in_progress',
    progress: 40,
    health: 'green',
    comment: 'Venue confirmed in Marinha Grande.',
    nextSteps: 'Send the invitations.',
    blockers: null,
  }),
  aStatusUpdate({
    id: 501,
    at: '2025-02-03T10:00:00.000Z',
    author: 'Partnership coordinator',
    organisation: 'Plastipolis',
    status: 'planned',
    progress: 10,
    health: 'amber',
    comment: 'Waiting for the venue.',
    blockers: 'No venue yet.',
  }),
];

describe('ActionDetail', () => {
  let fixture: ComponentFixture<ActionDetail>;
  let http: HttpTestingController;
  let view: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(
    user: UserView,
    action: ActionView = anAction(),
    history: StatusUpdateView[] = HISTORY,
    comments: CommentView[] = [aComment()],
  ): Promise<void> {
    TestBed.inject(Session).start(loginAs(user));
    fixture = TestBed.createComponent(ActionDetail);
    fixture.componentRef.setInput('id', String(action.id));
    view = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne(`/api/actions/${action.id}`).flush(action);
    http
      .expectOne(`/api/actions/${action.id}/updates?page=1&pageSize=100`)
      .flush(page(history));
    flushActionReferences(http);
    // The comments ask once the action is shown; until answered the page is
    // busy, so wait for rendering alone.
    await rendered();
    http
      .expectOne(`/api/actions/${action.id}/comments?page=1&pageSize=100`)
      .flush(page(comments));
    await fixture.whenStable();
  }

  async function rendered(): Promise<void> {
    for (let tick = 0; tick < 5; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
  }

  const section = (name: string | RegExp) =>
    heading(view, name).closest('section') as HTMLElement;
  const buttonLabels = () =>
    Array.from(view.querySelectorAll('button, a.button')).map(textOf);

  it('shows the details, lead, contributors, regions and dates of the action', async () => {
    await open(VIEWER);

    expect(textOf(view.querySelector('h1'))).toBe(
      'S3-04 Joint roadmap workshop on additive manufacturing',
    );
    const details = textOf(section('Details'));
    expect(details).toContain(
      'Bring the regional alliances together to agree on shared priorities',
    );
    expect(details).toContain('Progress 40%');
    expect(details).toContain('Status In progress');
    expect(details).toContain('Health ● Green');
    expect(details).toContain('Stream S3 Joint roadmap on Industry 4.0');
    expect(details).toContain('Phase Preparation');
    expect(details).toContain('Lead partner Pool-Net');
    expect(details).toContain('Contributors Eurecat, Flanders Make');
    expect(details).toContain('Regions Centro Portugal, Catalonia');
    expect(details).toContain('Start date 1 Feb 2025');
    expect(details).toContain('Due date 30 Nov 2025');
    // 08:30 UTC is 10:30 in Brussels in summer
    expect(details).toContain('Last status update 12 May 2025, 10:30');
    expect(link(section('Details'), 'Eurecat').getAttribute('href')).toBe(
      '/partners/eurecat',
    );
  });

  it('says how late an overdue action is and that a stale one needs an update', async () => {
    await open(VIEWER, anAction({ overdue: true, daysLate: 1, stale: true }));
    expect(textOf(view.querySelector('header'))).toContain(
      'Overdue by 1 day Stale: no recent status update',
    );
  });

  it('marks done milestones and highlights the next one', async () => {
    await open(VIEWER);
    const items = Array.from(section('Milestones').querySelectorAll('li')).map(
      textOf,
    );
    expect(items).toEqual([
      '✓ Workshop agenda agreed Done on 10 Mar 2025 (due 15 Mar 2025)',
      expect.stringMatching(
        /^○ Workshop held in Marinha Grande Next milestone Not done yet · due 20 Jun 2025/,
      ),
      expect.stringMatching(
        /^○ Roadmap chapter published Not done yet · due 31 Oct 2025/,
      ),
    ]);
  });

  it('shows each indicator with baseline, target, actual and how far it has come', async () => {
    await open(VIEWER);
    expect(textOf(section('Indicators'))).toBe(
      'Indicators SMEs taking part Baseline 0 Target 40 Actual 10 Unit SMEs 25% of the way from baseline to target',
    );
  });

  it('shows the full history with author, organisation, Brussels time and what changed', async () => {
    await open(VIEWER);
    const entries = Array.from(
      section('History of status updates').querySelectorAll('ol > li'),
    ).map(textOf);
    expect(entries).toEqual([
      'Pool-Net editor, Pool-Net · 12 May 2025, 10:30 In progress Health ● Green Progress 40% Status Planned → In progress Progress 10% → 40% Health Amber → Green Venue confirmed in Marinha Grande. Next steps Send the invitations.',
      'Partnership coordinator, Plastipolis · 3 Feb 2025, 11:00 Planned Health ▲ Amber Progress 10% Waiting for the venue. Blockers No venue yet.',
    ]);
  });

  it('shows the comments, newest first', async () => {
    await open(VIEWER);
    expect(textOf(section('Comments'))).toContain(
      'Eurecat editor, Eurecat · 13 May 2025, 16:00 We can host the second workshop in Barcelona.',
    );
  });

  it.each([
    ['a viewer', VIEWER, []],
    ['an editor of a partner with no part in the action', AFIL_EDITOR, []],
    ['an editor of a contributing partner', EURECAT_EDITOR, ['Post comment']],
    [
      'an editor of the lead partner',
      POOL_NET_EDITOR,
      ['Post a status update', 'Edit', 'Post comment'],
    ],
    [
      'the coordinator',
      COORDINATOR,
      ['Post a status update', 'Edit', 'Delete', 'Post comment'],
    ],
  ])('offers %s only what they may do', async (_who, user, offered) => {
    await open(user);
    expect(buttonLabels()).toEqual(offered);
  });

  describe('status update', () => {
    beforeEach(async () => {
      await open(POOL_NET_EDITOR);
      button(view, 'Post a status update').click();
      await fixture.whenStable();
    });

    const form = () => section('Post a status update');
    const comment = () => field<HTMLTextAreaElement>(form(), /^Comment/);

    it('starts from the action as it is and explains the comment rule', () => {
      expect(field<HTMLSelectElement>(form(), 'Status').value).toBe(
        'in_progress',
      );
      expect(field(form(), 'Progress (%)').value).toBe('40');
      expect(descriptionOf(comment())).toBe(
        'A comment is required when health is amber or red, when the action goes on hold or is cancelled, and when a completed or cancelled action is reopened. A comment is optional for this update.',
      );
    });

    it('says a comment is needed as soon as health turns amber, before sending', async () => {
      field(form(), 'Amber (at risk)').click();
      await fixture.whenStable();

      expect(textOf(form().querySelector('label[for="update-comment"]'))).toBe(
        'Comment (required)',
      );
      expect(descriptionOf(comment())).toContain(
        'A comment is required for this update: health is amber.',
      );

      button(form(), 'Post the update').click();
      await fixture.whenStable();
      http.expectNone('/api/actions/7/updates');
      expect(comment().getAttribute('aria-invalid')).toBe('true');
      expect(descriptionOf(comment())).toContain(
        'A comment is required when health is amber.',
      );
    });

    it('explains that going on hold needs a comment and completing needs 100%', async () => {
      choose(field<HTMLSelectElement>(form(), 'Status'), 'Completed');
      await fixture.whenStable();
      expect(descriptionOf(field(form(), 'Progress (%)'))).toBe(
        'A completed action has progress 100.',
      );
      choose(field<HTMLSelectElement>(form(), 'Status'), 'On hold');
      await fixture.whenStable();
      expect(descriptionOf(comment())).toContain(
        'A comment is required for this update: the action goes on hold.',
      );
    });

    it('posts the update, then shows it in the history with the new figures', async () => {
      field(form(), 'Amber (at risk)').click();
      typeInto(field(form(), 'Progress (%)'), '55');
      typeInto(comment(), 'The venue is late.');
      typeInto(field(form(), /^Next steps/), 'Find another venue.');
      await fixture.whenStable();
      button(form(), 'Post the update').click();

      const post = http.expectOne('/api/actions/7/updates');
      expect(post.request.method).toBe('POST');
      expect(post.request.body).toEqual({
        status: 'in_progress',
        progress: 55,
        health: 'amber',
        comment: 'The venue is late.',
        nextSteps: 'Find another venue.',
        blockers: null,
      });
      const update = aStatusUpdate({
        id: 503,
        at: '2025-06-02T07:00:00.000Z',
        progress: 55,
        health: 'amber',
        comment: 'The venue is late.',
        nextSteps: 'Find another venue.',
      });
      post.flush({
        update,
        action: anAction({ progress: 55, health: 'amber', version: 4 }),
      });
      await rendered();
      http
        .expectOne('/api/actions/7/updates?page=1&pageSize=100')
        .flush(page([update, ...HISTORY]));
      await fixture.whenStable();

      expect(() => section('Post a status update')).toThrow();
      expect(textOf(byRole(view, 'status')[0])).toBe(
        'Your status update is posted and shown first in the history.',
      );
      expect(textOf(section('Details'))).toContain('Progress 55%');
      expect(
        textOf(section('History of status updates').querySelector('ol > li')),
      ).toContain('Progress 40% → 55% Health Green → Amber The venue is late.');
    });

    it('shows next to each field what the server refused', async () => {
      field(form(), 'Red (in trouble)').click();
      typeInto(comment(), 'x');
      await fixture.whenStable();
      button(form(), 'Post the update').click();
      http.expectOne('/api/actions/7/updates').flush(
        {
          statusCode: 400,
          message: 'Invalid request',
          errors: [
            {
              field: 'comment',
              problems: [
                'comment must be longer than or equal to 3 characters',
              ],
            },
          ],
        },
        BAD_REQUEST,
      );
      await fixture.whenStable();
      expect(textOf(byRole(form(), 'alert')[0])).toBe(
        'Check the fields marked below.',
      );
      expect(descriptionOf(comment())).toContain(
        'Must be longer than or equal to 3 characters.',
      );
    });
  });

  describe('delete', () => {
    it('asks first, then leaves for the list', async () => {
      await open(COORDINATOR);
      const navigate = jest
        .spyOn(TestBed.inject(Router), 'navigate')
        .mockResolvedValue(true);
      button(view, 'Delete').click();
      await fixture.whenStable();
      expect(textOf(byRole(view, 'alertdialog')[0])).toContain(
        'Delete S3-04 Joint roadmap workshop on additive manufacturing?',
      );
      button(view, 'Yes, delete the action').click();
      const request = http.expectOne('/api/actions/7');
      expect(request.request.method).toBe('DELETE');
      request.flush(null, { status: 204, statusText: 'No Content' });
      await fixture.whenStable();
      expect(navigate).toHaveBeenCalledWith(['/actions'], {
        state: { deleted: 'S3-04' },
      });
    });

    it('says why the server refused', async () => {
      await open(COORDINATOR);
      button(view, 'Delete').click();
      await fixture.whenStable();
      button(view, 'Yes, delete the action').click();
      http.expectOne('/api/actions/7').flush(
        {
          statusCode: 409,
          message:
            'The joint action plan is adopted: Pool-Net would lead no action any more (each partner leads at least one)',
        },
        CONFLICT,
      );
      await fixture.whenStable();
      expect(textOf(byRole(view, 'alert')[0])).toBe(
        'The action was not deleted. The joint action plan is adopted: Pool-Net would lead no action any more (each partner leads at least one)',
      );
    });
  });

  it('posts a comment from a contributing partner', async () => {
    await open(EURECAT_EDITOR);
    typeInto(field(view, 'Your comment'), ' Barcelona works for us. ');
    button(view, 'Post comment').click();
    const post = http.expectOne('/api/actions/7/comments');
    expect(post.request.body).toEqual({ body: 'Barcelona works for us.' });
    post.flush(aComment({ id: 902, body: 'Barcelona works for us.' }), {
      status: 201,
      statusText: 'Created',
    });
    await fixture.whenStable();
    expect(textOf(section('Comments').querySelector('ol > li'))).toContain(
      'Barcelona works for us.',
    );
  });

  it('says so when there is no such action', async () => {
    TestBed.inject(Session).start(loginAs(VIEWER));
    fixture = TestBed.createComponent(ActionDetail);
    fixture.componentRef.setInput('id', '404');
    view = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/actions/404').flush({}, NOT_FOUND);
    http
      .expectOne('/api/actions/404/updates?page=1&pageSize=100')
      .flush({}, NOT_FOUND);
    flushActionReferences(http);
    await fixture.whenStable();
    expect(textOf(view.querySelector('h1'))).toBe('Action not found');
  });
});
