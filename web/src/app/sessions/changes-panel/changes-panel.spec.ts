import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionChangesView } from '@ws/domain';
import { heading, link, textOf } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import { someChanges } from '../../../testing/session-fixtures';
import { ChangesPanel } from './changes-panel';

describe('ChangesPanel', () => {
  let fixture: ComponentFixture<ChangesPanel>;

  const render = async (
    changes: SessionChangesView | null,
    language: 'en' | 'fr' = 'en',
  ) => {
    TestBed.configureTestingModule({
      providers: [provideTestTranslations(language), provideRouter([])],
    });
    fixture = TestBed.createComponent(ChangesPanel);
    fixture.componentRef.setInput('changes', changes);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  };

  it('names the session it compares with and lists every change, with links to the actions', async () => {
    const view = await render(someChanges());
    expect(heading(view, 'Changes since the last session')).toBeTruthy();
    expect(link(view, /15/).getAttribute('href')).toBe('/sessions/4');
    const counts = textOf(view.querySelector('.changes__counts'));
    expect(counts).toContain('Decisions overdue: 1');
    expect(counts).toContain('Actions moved: 1');
    expect(counts).not.toContain('cancelled');
    const items = Array.from(view.querySelectorAll('.change')).map(textOf);
    expect(items[0]).toContain('Decision overdue');
    expect(items[0]).toContain('Send the survey');
    expect(items[1]).toMatch(
      /Moved S2-03 Peer review Planned → In progress .*Green.* → .*Red.* 0% → 20%/,
    );
    expect(link(view, 'S2-03 Peer review').getAttribute('href')).toBe(
      '/actions/7',
    );
    // A deleted action is named but not linked.
    expect(items[3]).toContain('S1-09 Gone');
    expect(() => link(view, /Gone/)).toThrow();
    expect(items[5]).toContain('CEP leads no action');
  });

  it('says so when nothing changed', async () => {
    const view = await render(
      someChanges({
        changedActions: [],
        newActions: [],
        removedActions: [],
        milestonesDone: [],
        rulesChanged: [],
        decisionsOverdue: [],
      }),
    );
    expect(textOf(view)).toContain('Nothing has changed since.');
  });

  it('explains the panel before any session is closed, in the chosen language', async () => {
    const view = await render(null, 'fr');
    expect(heading(view, 'Changements depuis la dernière séance')).toBeTruthy();
    expect(textOf(view)).toContain('Aucune séance de travail');
  });
});
