import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ActionView, UserView } from '@ws/domain';
import {
  anAction,
  flushActionReferences,
} from '../../../testing/action-fixtures';
import {
  BAD_REQUEST,
  CONFLICT,
  COORDINATOR,
  POOL_NET_EDITOR,
  loginAs,
} from '../../../testing/reference-fixtures';
import {
  button,
  byRole,
  choose,
  descriptionOf,
  field,
  textOf,
  typeInto,
} from '../../../testing/dom';
import { Session } from '../../core/auth/session';
import { ActionForm } from './action-form';
import { provideTestTranslations } from '../../../testing/i18n';

const AFIL_EDITOR: UserView = {
  ...POOL_NET_EDITOR,
  id: 22,
  partner: 'afil',
  partnerName: 'AFIL',
};

describe('ActionForm', () => {
  let fixture: ComponentFixture<ActionForm>;
  let http: HttpTestingController;
  let view: HTMLElement;
  let navigate: jest.SpyInstance;

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
    navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  async function openNew(): Promise<void> {
    TestBed.inject(Session).start(loginAs(COORDINATOR));
    fixture = TestBed.createComponent(ActionForm);
    view = fixture.nativeElement;
    fixture.detectChanges();
    flushActionReferences(http);
    await fixture.whenStable();
  }

  async function openEdit(
    user: UserView,
    action: ActionView = anAction(),
  ): Promise<void> {
    TestBed.inject(Session).start(loginAs(user));
    fixture = TestBed.createComponent(ActionForm);
    fixture.componentRef.setInput('id', String(action.id));
    view = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne(`/api/actions/${action.id}`).flush(action);
    flushActionReferences(http);
    await fixture.whenStable();
  }

  async function fillIn(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      const control = field<HTMLInputElement | HTMLSelectElement>(view, label);
      if (control instanceof HTMLSelectElement) choose(control, value);
      else typeInto(control, value);
      await fixture.whenStable();
    }
  }

  async function click(name: string | RegExp): Promise<void> {
    button(view, name).click();
    await fixture.whenStable();
  }

  async function rendered(): Promise<void> {
    for (let tick = 0; tick < 5; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
  }

  const checkbox = (label: string) => field(view, label);

  it('creates an action with contributors, regions, a milestone and an indicator', async () => {
    await openNew();
    await fillIn({
      Title: 'Matchmaking days on digital twins',
      'Activity stream': 'S5 Common project tools',
      Phase: 'Implementation',
      'Lead partner': 'Cluj IT Cluster',
      Description: 'Two matchmaking days for SMEs.',
      'Start date': '2026-01-15',
      'Due date': '2026-06-30',
    });
    checkbox('Pool-Net').click();
    checkbox('North-West Romania').click();
    await click('Add a milestone');
    await fillIn({
      'Milestone 1': 'First matchmaking day',
      'Due date': '2026-06-30',
    });
    const milestoneDue =
      view.querySelector<HTMLInputElement>('#milestone-due-0');
    typeInto(milestoneDue as HTMLInputElement, '2026-03-20');
    await click('Add an indicator');
    await fillIn({ 'Indicator 1': 'Matches made', Unit: 'matches' });
    typeInto(
      view.querySelector('#indicator-target-0') as HTMLInputElement,
      '30',
    );
    await fixture.whenStable();

    await click('Create action');

    const create = http.expectOne('/api/actions');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      title: 'Matchmaking days on digital twins',
      description: 'Two matchmaking days for SMEs.',
      stream: 5,
      phase: 'implementation',
      lead: 'cluj-it-cluster',
      contributors: ['pool-net'],
      regions: ['RO11'],
      startDate: '2026-01-15',
      dueDate: '2026-06-30',
      status: 'planned',
      progress: 0,
      health: 'green',
      milestones: [
        {
          title: 'First matchmaking day',
          dueDate: '2026-03-20',
          doneDate: null,
        },
      ],
      indicators: [
        {
          name: 'Matches made',
          unit: 'matches',
          baseline: null,
          target: 30,
          actual: null,
        },
      ],
    });
    create.flush(anAction({ id: 31, code: 'S5-01' }), {
      status: 201,
      statusText: 'Created',
    });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/actions', 31], {
      state: { notice: 'Action S5-01 is created.' },
    });
  });

  it('refuses a due date before the start date without asking the server', async () => {
    await openNew();
    await fillIn({
      Title: 'Regional S3 mapping',
      'Activity stream': 'S2 Regional S3 coordination',
      'Lead partner': 'AFIL',
      'Start date': '2026-05-01',
      'Due date': '2026-04-30',
    });
    await click('Create action');

    http.expectNone('/api/actions');
    const due = field(view, 'Due date');
    expect(due.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(due)).toBe(
      'The due date cannot be before the start date.',
    );
    expect(textOf(byRole(view, 'alert')[0])).toBe(
      'Check the fields marked below.',
    );
  });

  it('says what is missing: title, stream, lead, milestone fields', async () => {
    await openNew();
    await click('Add a milestone');
    await click('Create action');
    http.expectNone('/api/actions');
    expect(descriptionOf(field(view, 'Title'))).toBe(
      'Enter the title of the action.',
    );
    expect(descriptionOf(field(view, 'Activity stream'))).toBe(
      'Choose the activity stream.',
    );
    expect(descriptionOf(field(view, 'Lead partner'))).toBe(
      'Choose the partner that leads the action.',
    );
    expect(textOf(view.querySelector('.rows li'))).toContain(
      'Name the milestone or deliverable.',
    );
  });

  it('shows the problems the server names, inside the lists too', async () => {
    await openNew();
    await fillIn({
      Title: 'Regional S3 mapping',
      'Activity stream': 'S2 Regional S3 coordination',
      'Lead partner': 'AFIL',
    });
    await click('Add a milestone');
    await fillIn({ 'Milestone 1': 'Mapping report' });
    typeInto(
      view.querySelector('#milestone-due-0') as HTMLInputElement,
      '2026-02-01',
    );
    await fixture.whenStable();
    await click('Create action');
    http.expectOne('/api/actions').flush(
      {
        statusCode: 400,
        message: 'Invalid request',
        errors: [
          {
            field: 'milestones.0.dueDate',
            problems: ['dueDate must not be after the due date of the action'],
          },
        ],
      },
      BAD_REQUEST,
    );
    await fixture.whenStable();
    expect(textOf(view.querySelector('.rows li'))).toContain(
      'Must not be after the due date of the action.',
    );
  });

  it('says next to the code when the code is taken', async () => {
    await openNew();
    await fillIn({
      Title: 'Regional S3 mapping',
      'Code (optional)': 's2-01',
      'Activity stream': 'S2 Regional S3 coordination',
      'Lead partner': 'AFIL',
    });
    await click('Create action');
    const create = http.expectOne('/api/actions');
    expect(create.request.body.code).toBe('S2-01');
    create.flush(
      {
        statusCode: 409,
        message: 'An action with the code S2-01 already exists',
      },
      CONFLICT,
    );
    await fixture.whenStable();
    expect(descriptionOf(field(view, 'Code (optional)'))).toContain(
      'An action with the code S2-01 already exists',
    );
  });

  describe('editing', () => {
    it('sends only what changed, with the version that was read', async () => {
      await openEdit(COORDINATOR);
      expect(field(view, 'Title').value).toBe(
        'Joint roadmap workshop on additive manufacturing',
      );
      await fillIn({ 'Due date': '2025-12-15', 'Lead partner': 'Eurecat' });
      await click('Remove milestone 1');
      await click('Save changes');

      const patch = http.expectOne('/api/actions/7');
      expect(patch.request.method).toBe('PATCH');
      expect(patch.request.body).toEqual({
        version: 3,
        lead: 'eurecat',
        contributors: ['flanders-make'],
        dueDate: '2025-12-15',
        milestones: [
          {
            title: 'Workshop held in Marinha Grande',
            dueDate: '2025-06-20',
            doneDate: null,
          },
          {
            title: 'Roadmap chapter published',
            dueDate: '2025-10-31',
            doneDate: null,
          },
        ],
      });
      patch.flush(anAction({ version: 4 }));
      await fixture.whenStable();
      expect(navigate).toHaveBeenCalledWith(['/actions', 7], {
        state: { notice: 'The changes are saved.' },
      });
    });

    it('lets the lead partner’s editor change only description, dates, milestones and indicators', async () => {
      await openEdit(POOL_NET_EDITOR);
      for (const label of [
        'Title',
        'Code',
        'Activity stream',
        'Phase',
        'Lead partner',
      ]) {
        expect(field(view, label).disabled).toBe(true);
      }
      expect(checkbox('Eurecat').disabled).toBe(true);
      expect(field(view, 'Description').disabled).toBe(false);
      expect(textOf(view)).toContain(
        'Only the coordinator changes the code, title, stream, phase, lead, contributors and regions.',
      );

      await fillIn({ Description: 'Now with a second workshop.' });
      await click('Save changes');
      expect(http.expectOne('/api/actions/7').request.body).toEqual({
        version: 3,
        description: 'Now with a second workshop.',
      });
    });

    it('tells an editor of another partner they may not edit the action', async () => {
      await openEdit(AFIL_EDITOR);
      expect(textOf(view.querySelector('h1'))).toBe(
        'You may not edit this action',
      );
      expect(view.querySelector('form')).toBeNull();
    });

    it('says nothing has changed rather than sending nothing', async () => {
      await openEdit(COORDINATOR);
      await click('Save changes');
      http.expectNone('/api/actions/7');
      expect(textOf(byRole(view, 'status')[0])).toBe('Nothing has changed.');
    });

    it('explains that someone else changed the action and reloads it', async () => {
      await openEdit(POOL_NET_EDITOR);
      await fillIn({ Description: 'My version.' });
      await click('Save changes');
      http.expectOne('/api/actions/7').flush(
        {
          statusCode: 409,
          message:
            'S3-04 was changed by someone else (now version 4); reload it and apply your change again',
          currentVersion: 4,
        },
        CONFLICT,
      );
      await fixture.whenStable();

      expect(textOf(byRole(view, 'alert')[0])).toContain(
        'Someone else changed this action while you were editing it.',
      );
      button(view, 'Reload the action').click();
      await rendered();
      http
        .expectOne('/api/actions/7')
        .flush(anAction({ version: 4, description: 'Their version.' }));
      await fixture.whenStable();
      expect(field(view, 'Description').value).toBe('Their version.');
      expect(byRole(view, 'alert')).toEqual([]);

      await fillIn({ Description: 'My version again.' });
      await click('Save changes');
      expect(http.expectOne('/api/actions/7').request.body).toEqual({
        version: 4,
        description: 'My version again.',
      });
    });

    it('passes on why the server refused a change of lead', async () => {
      await openEdit(COORDINATOR);
      await fillIn({ 'Lead partner': 'AFIL' });
      await click('Save changes');
      http.expectOne('/api/actions/7').flush(
        {
          statusCode: 409,
          message:
            'The joint action plan is adopted: Pool-Net would lead no action any more (each partner leads at least one)',
          partners: ['pool-net'],
        },
        CONFLICT,
      );
      await fixture.whenStable();
      expect(textOf(byRole(view, 'alert')[0])).toBe(
        'The joint action plan is adopted: Pool-Net would lead no action any more (each partner leads at least one)',
      );
    });
  });
});
