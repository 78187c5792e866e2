import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { FormProblem, explainFormProblem } from '../../core/http/form-problem';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { AdministrationApi } from '../administration/administration-api';
import { AdminSections } from '../administration/admin-sections';

const FIELDS = ['partnershipName', 'staleAfterDays'] as const;
type Field = (typeof FIELDS)[number];
export const MAX_STALE_AFTER_DAYS = 365;

// The partnership's name and when an action without news counts as stale (SPEC §2).
@Component({
  selector: 'app-settings-admin',
  imports: [
    ReactiveFormsModule,
    TranslocoDirective,
    AdminSections,
    ErrorState,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './settings-admin.html',
})
export class SettingsAdmin {
  private readonly api = inject(AdministrationApi);

  protected readonly maxDays = MAX_STALE_AFTER_DAYS;
  protected readonly settings = rxResource({
    stream: () => this.api.settings(),
  });
  protected readonly problem = signal<FormProblem<Field> | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    partnershipName: ['', [Validators.required, Validators.maxLength(200)]],
    staleAfterDays: [
      30,
      [
        Validators.required,
        Validators.min(1),
        Validators.max(MAX_STALE_AFTER_DAYS),
        Validators.pattern(/^\d+$/),
      ],
    ],
  });

  constructor() {
    effect(() => {
      if (this.settings.hasValue()) this.form.setValue(this.settings.value());
    });
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.problem.set(null);
    this.saved.set(false);
    this.api
      .updateSettings({
        partnershipName: value.partnershipName.trim(),
        staleAfterDays: Number(value.staleAfterDays),
      })
      .subscribe({
        next: (settings) => {
          this.busy.set(false);
          this.saved.set(true);
          this.settings.set(settings);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(explainFormProblem(error, FIELDS));
        },
      });
  }

  protected errorsOf(field: Field): string[] {
    return this.problem()?.fields[field] ?? [];
  }

  protected invalid(field: Field): boolean {
    const control = this.form.controls[field];
    return (
      (control.invalid && control.touched) || this.errorsOf(field).length > 0
    );
  }
}
