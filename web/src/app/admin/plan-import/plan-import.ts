import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  ImportPreviewView,
  ImportResultView,
  PLAN_COLUMNS,
  PlanField,
} from '@ws/domain';
import { HttpProblem, describeHttpProblem } from '../../core/http/http-problem';
import { saveFile } from '../../reports/reports-api';
import { AdministrationApi } from '../administration/administration-api';
import { AdminSections } from '../administration/admin-sections';
import { ProblemAlert } from '../administration/problem-alert';

const HEADERS = new Map<PlanField, string>(
  PLAN_COLUMNS.map((c) => [c.key, c.header]),
);

/** A value of the plan as the spreadsheet shows it. */
function cellText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return Array.isArray(value) ? value.join(', ') || '—' : String(value);
}

// Upload → preview (nothing changes) → apply, all rows or none (SPEC §2, §4).
@Component({
  selector: 'app-plan-import',
  imports: [RouterLink, TranslocoDirective, AdminSections, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-import.html',
  styleUrl: './plan-import.css',
})
export class PlanImport {
  private readonly api = inject(AdministrationApi);
  private readonly document = inject(DOCUMENT);

  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal<'preview' | 'apply' | 'download' | null>(
    null,
  );
  protected readonly preview = signal<ImportPreviewView | null>(null);
  protected readonly result = signal<ImportResultView | null>(null);
  protected readonly failure = signal<HttpProblem | null>(null);
  protected readonly missingFile = signal(false);

  protected readonly changing = computed(
    () => this.preview()?.rows.filter((r) => r.change !== 'unchanged') ?? [],
  );

  protected readonly header = (field: PlanField) => HEADERS.get(field) ?? field;
  protected readonly cellText = cellText;

  protected chooseFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.missingFile.set(false);
    this.preview.set(null);
    this.result.set(null);
    this.failure.set(null);
  }

  protected upload(event: Event): void {
    event.preventDefault();
    const file = this.file();
    if (!file) {
      this.missingFile.set(true);
      return;
    }
    this.start('preview');
    this.api.previewImport(file).subscribe({
      next: (preview) => {
        this.preview.set(preview);
        this.busy.set(null);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected apply(): void {
    const preview = this.preview();
    if (!preview) return;
    this.start('apply');
    this.api.applyImport(preview.id).subscribe({
      next: (result) => {
        this.result.set(result);
        this.preview.set(null);
        this.busy.set(null);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected download(which: 'template' | 'plan'): void {
    this.start('download');
    this.api.download(which).subscribe({
      next: (file) => {
        saveFile(file, this.document);
        this.busy.set(null);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private start(what: 'preview' | 'apply' | 'download'): void {
    this.busy.set(what);
    this.failure.set(null);
    if (what !== 'download') this.result.set(null);
  }

  private fail(error: unknown): void {
    this.busy.set(null);
    this.failure.set(describeHttpProblem(error));
  }
}
