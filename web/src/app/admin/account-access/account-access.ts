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
import { wordsOf } from '../../core/i18n/words';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { AccountsApi } from '../accounts-api';
import { TranslocoDirective } from '@jsverse/transloco';

// Disabling ends the person's sessions at once, so it is confirmed first.
@Component({
  selector: 'app-account-access',
  imports: [ConfirmDialog, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-access.html',
  styleUrl: './account-access.css',
})
export class AccountAccess {
  private readonly words = wordsOf('accounts');
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
  /** What changed, as a key of accounts.access and whose account */
  protected readonly notice = signal<{
    key: 'enabledNotice' | 'disabledNotice';
    name: string;
  } | null>(null);

  private readonly toggleButton =
    viewChild<ElementRef<HTMLButtonElement>>('toggleButton');
  private readonly focusBack = signal(false);

  constructor() {
    // Keyboard users land on the question (the dialog sees to that), then
    // back on the button they used.
    effect(() => {
      const button = this.toggleButton();
      if (!this.focusBack() || !button) return;
      button.nativeElement.focus();
      untracked(() => this.focusBack.set(false));
    });
  }

  protected askToConfirm(): void {
    this.failure.set(null);
    this.notice.set(null);
    this.confirming.set(true);
  }

  protected cancel(): void {
    this.confirming.set(false);
    this.focusBack.set(true);
  }

  protected setActive(active: boolean): void {
    if (this.pending()) return;
    const account = this.account();
    this.pending.set(true);
    this.accountsApi.update(account.id, { active }).subscribe({
      next: (updated) => {
        this.pending.set(false);
        this.confirming.set(false);
        this.notice.set({
          key: active ? 'enabledNotice' : 'disabledNotice',
          name: updated.displayName,
        });
        this.changed.emit(updated);
        this.focusBack.set(true);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.confirming.set(false);
        this.failure.set(explainFormProblem(error, [], this.words()).message);
        this.focusBack.set(true);
      },
    });
  }
}
