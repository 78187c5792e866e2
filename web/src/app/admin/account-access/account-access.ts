import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { UserView } from '@ws/domain';
import { Session } from '../../core/auth/session';
import { explainFormProblem } from '../../core/http/form-problem';
import { AccountsApi } from '../accounts-api';

// Disabling ends the person's sessions at once, so it is confirmed first.
@Component({
  selector: 'app-account-access',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-access.html',
  styleUrl: './account-access.css',
})
export class AccountAccess {
  private readonly accountsApi = inject(AccountsApi);
  private readonly session = inject(Session);

  readonly account = input.required<UserView>();
  readonly changed = output<UserView>();

  protected readonly isSelf = computed(
    () => this.account().id === this.session.user()?.id,
  );

  protected readonly confirming = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  private readonly confirmButton =
    viewChild<ElementRef<HTMLButtonElement>>('confirmButton');
  private readonly toggleButton =
    viewChild<ElementRef<HTMLButtonElement>>('toggleButton');
  private readonly focusTarget = signal<'confirm' | 'toggle' | null>(null);

  constructor() {
    // Keyboard users land on the question, then back on the button they used.
    effect(() => {
      const target = this.focusTarget();
      const button =
        target === 'confirm' ? this.confirmButton() : this.toggleButton();
      if (!target || !button) return;
      button.nativeElement.focus();
      untracked(() => this.focusTarget.set(null));
    });
  }

  protected askToConfirm(): void {
    this.failure.set(null);
    this.notice.set(null);
    this.confirming.set(true);
    this.focusTarget.set('confirm');
  }

  protected cancel(): void {
    this.confirming.set(false);
    this.focusTarget.set('toggle');
  }

  protected setActive(active: boolean): void {
    if (this.pending()) return;
    const account = this.account();
    this.pending.set(true);
    this.accountsApi.update(account.id, { active }).subscribe({
      next: (updated) => {
        this.pending.set(false);
        this.confirming.set(false);
        this.notice.set(
          active
            ? `${updated.displayName} can sign in again.`
            : `${updated.displayName} is signed out and can no longer sign in.`,
        );
        this.changed.emit(updated);
        this.focusTarget.set('toggle');
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.confirming.set(false);
        this.failure.set(explainFormProblem(error, []).message);
        this.focusTarget.set('toggle');
      },
    });
  }
}
