import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  EFFRA_DOMAIN_CODES,
  EffraDomainCode,
  PARTNER_KINDS,
  PartnerKind,
  PartnerView,
} from '@ws/domain';
import { forkJoin } from 'rxjs';
import { FormProblem, explainFormProblem } from '../../core/http/form-problem';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import {
  AdministrationApi,
  PartnerFields,
} from '../administration/administration-api';
import { AdminSections } from '../administration/admin-sections';

const FIELDS = [
  'name',
  'fullName',
  'region',
  'kind',
  'networkSize',
  'smes',
  'thematic',
  'effraDomains',
  'reassignTo',
] as const;
type Field = (typeof FIELDS)[number];

const wholeNumber = Validators.pattern(/^\d*$/);
const figure = (value: string) => (value.trim() === '' ? null : Number(value));

// The consortium changes over time (concept note A.3.1): partners join, are
// renamed or move, and retire — handing their open actions over after adoption.
@Component({
  selector: 'app-partners-admin',
  imports: [
    ReactiveFormsModule,
    TranslocoDirective,
    AdminSections,
    ErrorState,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partners-admin.html',
  styleUrl: './partners-admin.css',
})
export class PartnersAdmin {
  private readonly api = inject(AdministrationApi);
  private readonly referenceData = inject(ReferenceDataApi);

  protected readonly kinds = PARTNER_KINDS;
  protected readonly domains = EFFRA_DOMAIN_CODES;

  protected readonly data = rxResource({
    stream: () =>
      forkJoin({
        partners: this.referenceData.partners(),
        regions: this.referenceData.regions(),
      }),
  });
  protected readonly partners = computed(() =>
    this.data.hasValue() ? this.data.value().partners : [],
  );
  protected readonly regions = computed(() =>
    this.data.hasValue() ? this.data.value().regions : [],
  );
  protected readonly successors = computed(() =>
    this.partners().filter(
      (p) => !p.retired && p.slug !== this.retiring()?.slug,
    ),
  );

  /** The partner being edited; null while adding one; undefined when the form is closed */
  protected readonly editing = signal<PartnerView | null | undefined>(
    undefined,
  );
  protected readonly retiring = signal<PartnerView | null>(null);
  protected readonly problem = signal<FormProblem<Field> | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(160)]],
    fullName: ['', Validators.maxLength(240)],
    region: ['', Validators.required],
    kind: ['cluster' as PartnerKind, Validators.required],
    networkSize: ['', wholeNumber],
    smes: ['', wholeNumber],
    thematic: ['', Validators.maxLength(2000)],
    effraDomains: [[] as EffraDomainCode[]],
  });
  protected readonly retireForm = inject(FormBuilder).nonNullable.group({
    reassignTo: [''],
  });

  protected add(): void {
    this.open(null);
    this.form.reset();
  }

  protected edit(partner: PartnerView): void {
    this.open(partner);
    this.form.setValue({
      name: partner.name,
      fullName: partner.fullName,
      region: partner.region,
      kind: partner.kind,
      networkSize: partner.networkSize?.toString() ?? '',
      smes: partner.smes?.toString() ?? '',
      thematic: partner.thematic,
      effraDomains: [...partner.effraDomains],
    });
  }

  protected startRetiring(partner: PartnerView): void {
    this.editing.set(undefined);
    this.retiring.set(partner);
    this.retireForm.reset();
    this.problem.set(null);
    this.saved.set(null);
  }

  protected cancel(): void {
    this.editing.set(undefined);
    this.retiring.set(null);
    this.problem.set(null);
  }

  protected toggleDomain(code: EffraDomainCode, checked: boolean): void {
    const current = this.form.controls.effraDomains.value;
    this.form.controls.effraDomains.setValue(
      checked ? [...current, code] : current.filter((c) => c !== code),
    );
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const fields: PartnerFields = {
      name: value.name.trim(),
      region: value.region,
      kind: value.kind,
      networkSize: figure(value.networkSize),
      smes: figure(value.smes),
      thematic: value.thematic.trim(),
      effraDomains: value.effraDomains,
      ...(value.fullName.trim() ? { fullName: value.fullName.trim() } : {}),
    };
    const editing = this.editing();
    this.run(
      editing
        ? this.api.updatePartner(editing.slug, fields)
        : this.api.createPartner(fields),
    );
  }

  protected retire(): void {
    const partner = this.retiring();
    if (!partner) return;
    this.run(
      this.api.retirePartner(
        partner.slug,
        this.retireForm.controls.reassignTo.value || null,
      ),
    );
  }

  protected reinstate(partner: PartnerView): void {
    this.cancel();
    this.run(this.api.reinstatePartner(partner.slug));
  }

  protected errorsOf(field: Field): string[] {
    return this.problem()?.fields[field] ?? [];
  }

  protected invalid(field: keyof typeof this.form.controls): boolean {
    const control = this.form.controls[field];
    return (
      (control.invalid && control.touched) || this.errorsOf(field).length > 0
    );
  }

  private open(partner: PartnerView | null): void {
    this.retiring.set(null);
    this.editing.set(partner);
    this.problem.set(null);
    this.saved.set(null);
  }

  private run(request: ReturnType<AdministrationApi['createPartner']>): void {
    this.busy.set(true);
    this.problem.set(null);
    request.subscribe({
      next: (partner) => {
        this.busy.set(false);
        this.editing.set(undefined);
        this.retiring.set(null);
        this.saved.set(partner.name);
        this.data.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(explainFormProblem(error, FIELDS));
      },
    });
  }
}
