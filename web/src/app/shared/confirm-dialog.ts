import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  input,
  output,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

let nextId = 0;

// An inline question before something that cannot simply be undone. Keyboard
// users land on the confirming button; Escape or Cancel closes the question.
// Where focus goes after that, and the frame around it, are up to the caller.
@Component({
  selector: 'app-confirm-dialog',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      role="alertdialog"
      [attr.aria-labelledby]="id + '-question'"
      [attr.aria-describedby]="id + '-detail'"
      (keydown.escape)="cancelled.emit()"
    >
      <p [id]="id + '-question'" class="confirm__question">{{ title() }}</p>
      <p [id]="id + '-detail'">{{ message() }}</p>
      <div class="form-actions">
        <button
          #confirmButton
          type="button"
          class="button"
          [class.button--danger]="danger()"
          [disabled]="pending()"
          (click)="confirmed.emit()"
        >
          {{ confirmLabel() }}
        </button>
        <button
          type="button"
          class="button button--secondary"
          [disabled]="pending()"
          (click)="cancelled.emit()"
          *transloco="let t"
        >
          {{ t('confirm.cancel') }}
        </button>
      </div>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .confirm__question {
      margin-bottom: var(--space-1);
      font-weight: 700;
    }
  `,
})
export class ConfirmDialog {
  /** The question, e.g. "Disable the account of …?" */
  readonly title = input.required<string>();
  /** What confirming does */
  readonly message = input.required<string>();
  /** e.g. "Yes, disable the account" */
  readonly confirmLabel = input.required<string>();
  /** A destructive change: the confirming button is red */
  readonly danger = input(false);
  /** While the change is being sent, both buttons are disabled */
  readonly pending = input(false);

  readonly confirmed = output<void>();
  readonly cancelled = output<void>();

  protected readonly id = `confirm-dialog-${nextId++}`;

  private readonly confirmButton =
    viewChild.required<ElementRef<HTMLButtonElement>>('confirmButton');

  constructor() {
    afterNextRender(() => this.confirmButton().nativeElement.focus());
  }
}
