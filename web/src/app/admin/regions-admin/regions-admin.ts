import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  MEMBERSHIP_KINDS,
  MembershipKind,
  REGION_CODE_PATTERN,
  RegionView,
} from '@ws/domain';
import { FormProblem, explainFormProblem } from '../../core/http/form-problem';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { AdministrationApi } from '../administration/administration-api';
import { AdminSections } from '../administration/admin-sections';

// The server writes codes in capitals; the reader may type them in any case.
const regionCode = (
  control: AbstractControl<string>,
): ValidationErrors | null =>
  !control.value || REGION_CODE_PATTERN.test(control.value.trim().toUpperCase())
    ? null
    : { regionCode: true };

const FIELDS = [
  'code',
  'name',
  'country',
  'countryName',
  'membership',
] as const;
type Field = (typeof FIELDS)[number];

// The concept note expects new regions to join, and associates to become motors.
@Component({
  selector: 'app-regions-admin',
  imports: [
    ReactiveFormsModule,
    TranslocoDirective,
    AdminSections,
    ErrorState,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './regions-admin.html',
  styleUrl: '../partners-admin/partners-admin.css',
})
export class RegionsAdmin {
  private readonly api = inject(AdministrationApi);
  private readonly referenceData = inject(ReferenceDataApi);

  protected readonly memberships = MEMBERSHIP_KINDS;
  protected readonly regions = rxResource({
    stream: () => this.referenceData.regions(),
  });

  /** The region being edited; null while adding one; undefined when the form is closed */
  protected readonly editing = signal<RegionView | null | undefined>(undefined);
  protected readonly problem = signal<FormProblem<Field> | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: ['', [Validators.required, regionCode]],
    name: ['', [Validators.required, Validators.maxLength(120)]],
    country: ['', [Validators.required, Validators.pattern(/^[A-Za-z]{2}$/)]],
    countryName: ['', [Validators.required, Validators.maxLength(80)]],
    membership: ['associate' as MembershipKind],
  });

  protected add(): void {
    this.open(null);
    this.form.reset();
    this.form.controls.code.enable();
  }

  protected edit(region: RegionView): void {
    this.open(region);
    this.form.setValue({
      code: region.code,
      name: region.name,
      country: region.country,
      countryName: region.countryName,
      membership: region.membership,
    });
    this.form.controls.code.disable();
  }

  protected cancel(): void {
    this.editing.set(undefined);
    this.problem.set(null);
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { code, ...fields } = this.form.getRawValue();
    const editing = this.editing();
    const request = editing
      ? this.api.updateRegion(editing.code, fields)
      : this.api.createRegion({ code: code.trim().toUpperCase(), ...fields });
    this.busy.set(true);
    this.problem.set(null);
    request.subscribe({
      next: (region) => {
        this.busy.set(false);
        this.editing.set(undefined);
        this.saved.set(region.name);
        this.regions.reload();
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

  private open(region: RegionView | null): void {
    this.editing.set(region);
    this.problem.set(null);
    this.saved.set(null);
  }
}
