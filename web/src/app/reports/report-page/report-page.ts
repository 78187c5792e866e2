import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { brusselsDate, isCalendarDate } from '@ws/domain';
import { of } from 'rxjs';
import { HttpProblem, describeHttpProblem } from '../../core/http/http-problem';
import { LanguagePreference } from '../../core/i18n/language-preference';
import { formatCalendarDate } from '../../shared/calendar-date';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { previewBlocks } from '../markdown-preview';
import {
  type PeriodPreset,
  type ReportPeriod,
  presetPeriod,
} from '../report-periods';
import {
  REPORT_FORMATS,
  type ReportFormat,
  ReportsApi,
  saveFile,
} from '../reports-api';

// Each is named by reports.presets.<key>.
const PRESETS: readonly PeriodPreset[] = [
  'last-month',
  'last-quarter',
  'custom',
];

/** Keys of reports.problems */
interface PeriodProblems {
  from?: 'from';
  to?: 'to' | 'order';
}

function periodProblems(from: string, to: string): PeriodProblems {
  const problems: PeriodProblems = {};
  if (!isCalendarDate(from)) problems.from = 'from';
  if (!isCalendarDate(to)) problems.to = 'to';
  else if (isCalendarDate(from) && to < from) problems.to = 'order';
  return problems;
}

// SPEC §6: the progress report of a period, previewed here and downloaded in
// the format the reader needs.
@Component({
  selector: 'app-report-page',
  imports: [
    ReactiveFormsModule,
    ErrorState,
    LoadingIndicator,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-page.html',
  styleUrl: './report-page.css',
})
export class ReportPage {
  private readonly reportsApi = inject(ReportsApi);
  private readonly document = inject(DOCUMENT);
  private readonly locale = inject(LanguagePreference).locale;

  protected readonly presets = PRESETS;
  protected readonly formats = REPORT_FORMATS;
  private readonly today = brusselsDate(new Date());
  private readonly initial = presetPeriod('last-month', this.today);

  protected readonly form = new FormGroup({
    preset: new FormControl<PeriodPreset>('last-month', { nonNullable: true }),
    from: new FormControl(this.initial.from, { nonNullable: true }),
    to: new FormControl(this.initial.to, { nonNullable: true }),
    format: new FormControl<ReportFormat>('pdf', { nonNullable: true }),
  });

  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });

  protected readonly problems = computed(() =>
    periodProblems(this.value().from ?? '', this.value().to ?? ''),
  );

  /** The period to report on, once both dates make sense. */
  protected readonly period = computed<ReportPeriod | null>(
    () => {
      const { from, to } = this.value();
      const problems = this.problems();
      return from && to && !problems.from && !problems.to ? { from, to } : null;
    },
    { equal: (a, b) => a?.from === b?.from && a?.to === b?.to },
  );

  /** The period's days as the reader writes them */
  protected readonly periodDays = computed(() => {
    const period = this.period();
    return period
      ? {
          from: formatCalendarDate(period.from, this.locale()),
          to: formatCalendarDate(period.to, this.locale()),
        }
      : null;
  });

  protected readonly preview = rxResource({
    params: () => this.period() ?? undefined,
    stream: ({ params }) => (params ? this.reportsApi.preview(params) : of('')),
  });

  protected readonly previewBlocks = computed(() =>
    this.preview.hasValue() ? previewBlocks(this.preview.value()) : [],
  );

  protected readonly generating = signal<ReportFormat | null>(null);
  protected readonly downloadError = signal<HttpProblem | null>(null);
  protected readonly downloaded = signal<string | null>(null);
  protected readonly submitted = signal(false);

  constructor() {
    this.form.controls.preset.valueChanges.subscribe((preset) =>
      this.applyPreset(preset),
    );
  }

  private applyPreset(preset: PeriodPreset): void {
    if (preset === 'custom') return;
    this.form.patchValue(presetPeriod(preset, this.today), {
      emitEvent: true,
    });
  }

  /** Typing a date makes the period a custom one. */
  protected editDate(): void {
    const preset = this.form.controls.preset.value;
    if (preset === 'custom') return;
    const { from, to } = presetPeriod(preset, this.today);
    const { from: f, to: t } = this.form.getRawValue();
    if (f !== from || t !== to)
      this.form.controls.preset.setValue('custom', { emitEvent: false });
  }

  protected downloadReport(): void {
    this.submitted.set(true);
    const period = this.period();
    if (!period || this.generating()) return;
    const format = this.form.controls.format.value;
    this.generating.set(format);
    this.downloadError.set(null);
    this.downloaded.set(null);
    this.reportsApi.download(period, format).subscribe({
      next: (file) => {
        this.generating.set(null);
        saveFile(file, this.document);
        this.downloaded.set(file.fileName);
      },
      error: (error: unknown) => {
        this.generating.set(null);
        this.downloadError.set(describeHttpProblem(error));
      },
    });
  }
}
