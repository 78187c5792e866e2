import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActionView, UserView } from '@ws/domain';
import { anAction } from '../../../testing/action-fixtures';
import { button, choose, descriptionOf, field } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import {
  COORDINATOR,
  POOL_NET_EDITOR,
  loginAs,
} from '../../../testing/reference-fixtures';
import { Session } from '../../core/auth/session';
import { StatusUpdateForm } from './status-update-form';

describe('StatusUpdateForm in French', () => {
  let fixture: ComponentFixture<StatusUpdateForm>;
  let http: HttpTestingController;
  let view: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations('fr'),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(user: UserView, action: ActionView): Promise<void> {
    TestBed.inject(Session).start(loginAs(user));
    fixture = TestBed.createComponent(StatusUpdateForm);
    fixture.componentRef.setInput('action', action);
    view = fixture.nativeElement;
    await fixture.whenStable();
  }

  const status = () => field<HTMLSelectElement>(view, 'Statut');
  const progress = () => field(view, 'Avancement (%)');
  const comment = () => field<HTMLTextAreaElement>(view, /^Commentaire/);

  it('explains the progress rule in French as the status changes', async () => {
    await open(
      POOL_NET_EDITOR,
      anAction({ status: 'in_progress', progress: 40 }),
    );

    choose(status(), 'Terminée');
    await fixture.whenStable();

    expect(descriptionOf(progress())).toBe(
      'Une action terminée a un avancement de 100.',
    );
  });

  it('tells an editor in French that only the coordinator reopens a cancelled action', async () => {
    await open(
      POOL_NET_EDITOR,
      anAction({ status: 'cancelled', progress: 40 }),
    );

    choose(status(), 'En cours');
    await fixture.whenStable();

    expect(descriptionOf(status())).toBe(
      'Seul le coordinateur rouvre une action annulée.',
    );
  });

  it('lets the coordinator reopen, and names the missing comment in French on sending', async () => {
    await open(COORDINATOR, anAction({ status: 'completed', progress: 100 }));

    choose(status(), 'En cours');
    await fixture.whenStable();
    expect(descriptionOf(status())).toBe('');

    button(view, 'Publier la mise à jour').click();
    await fixture.whenStable();

    http.expectNone('/api/actions/7/updates');
    expect(comment().getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(comment())).toContain(
      'Un commentaire est obligatoire pour rouvrir une action.',
    );
  });

  it('names the health that needs a comment in French', async () => {
    await open(
      POOL_NET_EDITOR,
      anAction({ status: 'in_progress', progress: 40 }),
    );

    field(view, /^Rouge/).click();
    await fixture.whenStable();
    button(view, 'Publier la mise à jour').click();
    await fixture.whenStable();

    expect(descriptionOf(comment())).toContain(
      'Un commentaire est obligatoire quand la santé est rouge.',
    );
  });
});
