import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { StreamView } from '@ws/domain';
import { FormProblem, explainFormProblem } from '../../core/http/form-problem';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { AdministrationApi } from '../administration/administration-api';
import { AdminSections } from '../administration/admin-sections';

const FIELDS = ['shortTitle', 'title', 'description'] as const;
type Field = (typeof FIELDS)[number];

// The five activity streams keep their numbers; their wording may be revised.
@Component({
  selector: 'app-streams-admin',
  imports: [
    ReactiveFormsModule,
    TranslocoDirective,
    AdminSections,
    ErrorState,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './streams-admin.html',
  styleUrl: '../partners-admin/partners-admin.css',
})
export class StreamsAdmin {
  private readonly api = inject(AdministrationApi);
  private readonly referenceData = inject(ReferenceDataApi);

  protected readonly streams = rxResource({
    stream: () => this.referenceData.streams(),
  });
  protected readonly editing = signal<StreamView | null>(null);
  protected readonly problem = signal<FormProblem<Field> | null>(null);
  protected readonly saved = signal<number | null>(null);
  protected readonly busy = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    shortTitle: ['', [Validators.required, Validators.maxLength(80)]],
    title: ['', [Validators.required, Validators.maxLength(1000)]],
    description: ['', Validators.maxLength(5000)],
  });

  protected edit(stream: StreamView): void {
    this.editing.set(stream);
    this.problem.set(null);
    this.saved.set(null);
    this.form.setValue({
      shortTitle: stream.shortTitle,
      title: stream.title,
      description: stream.description,
    });
  }

  protected cancel(): void {
    this.editing.set(null);
    this.problem.set(null);
  }

  protected save(): void {
    const stream = this.editing();
    this.form.markAllAsTouched();
    if (!stream || this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.updateStream(stream.number, this.form.getRawValue()).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.editing.set(null);
        this.saved.set(saved.number);
        this.streams.reload();
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
