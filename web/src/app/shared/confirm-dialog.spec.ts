import { ComponentFixture, TestBed } from '@angular/core/testing';
import { button, byRole, descriptionOf, textOf } from '../../testing/dom';
import { provideTestTranslations } from '../../testing/i18n';
import { ConfirmDialog } from './confirm-dialog';

describe('ConfirmDialog', () => {
  let fixture: ComponentFixture<ConfirmDialog>;
  let view: HTMLElement;
  let confirmed: number;
  let cancelled: number;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideTestTranslations()] });
    fixture = TestBed.createComponent(ConfirmDialog);
    fixture.componentRef.setInput('title', 'Delete the thing?');
    fixture.componentRef.setInput('message', 'This cannot be undone.');
    fixture.componentRef.setInput('confirmLabel', 'Yes, delete it');
    confirmed = 0;
    cancelled = 0;
    fixture.componentInstance.confirmed.subscribe(() => confirmed++);
    fixture.componentInstance.cancelled.subscribe(() => cancelled++);
    view = fixture.nativeElement as HTMLElement;
    document.body.appendChild(view);
    await fixture.whenStable();
  });

  afterEach(() => view.remove());

  it('asks the question, named and described, with focus on the answer', () => {
    const dialog = byRole(view, 'alertdialog')[0];
    const labelledBy = dialog.getAttribute('aria-labelledby') ?? '';
    expect(textOf(view.querySelector(`#${labelledBy}`))).toBe(
      'Delete the thing?',
    );
    expect(descriptionOf(dialog)).toBe('This cannot be undone.');
    expect(document.activeElement).toBe(button(view, 'Yes, delete it'));
  });

  it('reports the answer: confirmed, cancelled or escaped', () => {
    button(view, 'Yes, delete it').click();
    expect(confirmed).toBe(1);
    button(view, 'Cancel').click();
    byRole(view, 'alertdialog')[0].dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    expect(cancelled).toBe(2);
  });

  it('disables both buttons while pending and marks danger', async () => {
    fixture.componentRef.setInput('pending', true);
    fixture.componentRef.setInput('danger', true);
    await fixture.whenStable();
    const yes = button(view, 'Yes, delete it');
    expect(yes.disabled).toBe(true);
    expect(yes.classList).toContain('button--danger');
    expect(button(view, 'Cancel').disabled).toBe(true);
  });
});
