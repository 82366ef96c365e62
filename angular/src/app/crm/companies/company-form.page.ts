import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CompanyDto, CompanyInput } from '../../api/models';
import { CrmService } from '../../api/services';
import { fieldErrors, problemOf, statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { toSignal } from '@angular/core/rxjs-interop';
import { CustomFieldDto, DuplicateDto } from '../../api/models';
import { customFieldErrors, CustomFieldsEditor } from '../custom-fields/custom-fields-editor';
import { DuplicatePanel, DuplicateQuery } from '../contacts/duplicate-panel';

/** The text fields, in the order the form shows them. */
export const COMPANY_TEXT_FIELDS = ['name', 'taxId', 'kpp', 'address', 'phone', 'email', 'website'] as const;
type TextField = (typeof COMPANY_TEXT_FIELDS)[number];

@Component({
  selector: 'app-company-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatChipsModule,
    MatProgressBarModule,
    TranslocoPipe,
    CustomFieldsEditor,
    DuplicatePanel,
  ],
  templateUrl: './company-form.page.html',
  styleUrl: './company-form.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyFormPage implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  /** Route parameter; absent on /crm/companies/new. */
  readonly id = input<string>();

  protected readonly fields = COMPANY_TEXT_FIELDS;
  protected readonly separatorKeys = [ENTER, COMMA];
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    taxId: [''],
    kpp: [''],
    address: [''],
    phone: [''],
    email: [''],
    website: [''],
    tags: [[] as string[]],
  });

  protected readonly isNew = computed(() => !this.id());
  protected readonly loaded = signal<CompanyDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  /** A message about the whole form (409 conflict, unexpected failure). */
  protected readonly banner = signal<string | null>(null);
  protected readonly customFields = signal<Record<string, string>>({});
  protected readonly customFieldDefinitions = signal<CustomFieldDto[]>([]);
  protected readonly customErrors = signal<Record<string, string>>({});
  private readonly formValue = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly duplicateQuery = computed<DuplicateQuery>(() => ({
    kind: 'company',
    taxId: this.formValue().taxId ?? null,
    phones: [this.formValue().phone ?? ''],
    emails: [this.formValue().email ?? ''],
    excludeId: this.id() ?? null,
  }));

  async ngOnInit(): Promise<void> {
    this.crm.getCustomFields({ entityType: 'company' }).subscribe({ next: (d) => this.customFieldDefinitions.set(d), error: () => {} });
    const id = this.id();
    if (!id) return;
    this.loading.set(true);
    try {
      const company = await firstValueFrom(this.crm.getCompany({ id }));
      this.loaded.set(company);
      this.form.reset({
        name: company.name,
        taxId: company.taxId ?? '',
        kpp: company.kpp ?? '',
        address: company.address ?? '',
        phone: company.phone ?? '',
        email: company.email ?? '',
        website: company.website ?? '',
        tags: [...company.tags],
      });
      this.customFields.set({ ...company.customFields });
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('company.saveFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected errorOf(field: TextField): string | null {
    const control = this.form.controls[field];
    if (!control.errors || !(control.touched || control.dirty)) return null;
    if (control.errors['server']) return control.errors['server'] as string;
    if (control.errors['required']) return this.transloco.translate('company.required');
    return null;
  }

  protected addTag(event: MatChipInputEvent): void {
    const tag = event.value.trim();
    const tags = this.form.controls.tags.value;
    if (tag && !tags.includes(tag)) this.form.controls.tags.setValue([...tags, tag]);
    event.chipInput.clear();
  }

  protected removeTag(tag: string): void {
    this.form.controls.tags.setValue(this.form.controls.tags.value.filter((t) => t !== tag));
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.banner.set(null);
    try {
      const id = this.id();
      const body = this.toInput();
      if (id) await firstValueFrom(this.crm.updateCompany({ id, body }));
      else await firstValueFrom(this.crm.createCompany({ body }));
      this.snackBar.open(this.transloco.translate('company.saved'), undefined, { duration: 3000 });
      await this.router.navigate(['/crm/companies']);
    } catch (error) {
      this.showError(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected async delete(): Promise<void> {
    const company = this.loaded();
    if (!company) return;
    const question = this.transloco.translate('company.confirmDelete', { name: company.name });
    if (!(await confirm(this.dialog, question))) return;
    try {
      await firstValueFrom(this.crm.deleteCompany({ id: company.id }));
      this.snackBar.open(this.transloco.translate('company.deleted'), undefined, { duration: 3000 });
      await this.router.navigate(['/crm/companies']);
    } catch (error) {
      this.showError(error);
    }
  }

  /** Merges the card being edited into the existing one the duplicate panel found, then opens the kept card. */
  protected async mergeInto(existing: DuplicateDto): Promise<void> {
    const id = this.id();
    if (!id || !existing.id) return;
    const question = this.transloco.translate('duplicates.mergeConfirm', { name: existing.name });
    if (!(await confirm(this.dialog, question))) return;
    try {
      await firstValueFrom(this.crm.mergeCompany({ id: existing.id, body: { duplicateId: id } }));
      this.snackBar.open(this.transloco.translate('duplicates.merged'), undefined, { duration: 3000 });
      await this.router.navigate(['/crm/companies', existing.id]);
    } catch (error) {
      this.showError(error);
    }
  }

  private toInput(): CompanyInput {
    const value = this.form.getRawValue();
    const text = (v: string) => v.trim() || null;
    const loaded = this.loaded();
    return {
      name: value.name.trim(),
      taxId: text(value.taxId),
      kpp: text(value.kpp),
      address: text(value.address),
      phone: text(value.phone),
      email: text(value.email),
      website: text(value.website),
      tags: value.tags,
      // Not edited here yet; sent back unchanged so an update keeps them.
      ownerId: loaded?.ownerId ?? null,
      sourceId: loaded?.sourceId ?? null,
      customFields: this.customFields(),
      concurrencyStamp: loaded?.concurrencyStamp ?? null,
    };
  }

  private showError(error: unknown): void {
    const status = statusOf(error);
    const problem = problemOf(error);
    if (status === 400) {
      const unplaced: string[] = [];
      this.customErrors.set(customFieldErrors(problem?.errors));
      for (const [field, messages] of Object.entries(fieldErrors(error))) {
        if (field === 'customFields') continue;
        const control = (COMPANY_TEXT_FIELDS as readonly string[]).includes(field)
          ? this.form.controls[field as TextField]
          : null;
        if (control) {
          control.setErrors({ ...control.errors, server: messages.join(' ') });
          control.markAsTouched();
        } else {
          unplaced.push(...messages);
        }
      }
      this.banner.set(unplaced.length ? unplaced.join(' ') : null);
      return;
    }
    if (status === 404) {
      this.notFound.set(true);
      return;
    }
    const message: string =
      problem?.detail || problem?.title || this.transloco.translate<string>('company.saveFailed');
    this.banner.set(message);
    this.snackBar.open(message, 'OK', { duration: 8000 });
  }
}
