import { COMMA, ENTER, SEMICOLON } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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
import { ContactDto, ContactInput, CustomFieldDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { problemOf, statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { customFieldErrors, CustomFieldsEditor } from '../custom-fields/custom-fields-editor';
import { DuplicatePanel, DuplicateQuery } from './duplicate-panel';
import { CompanyPicker } from '../../shared/pickers/crm-pickers';

type ListField = 'phones' | 'emails' | 'tags';

@Component({
  selector: 'app-contact-form-page',
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
    CompanyPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <h1 data-testid="page-title">{{ (isNew() ? 'contact.newTitle' : 'contact.editTitle') | transloco }}</h1>
      <a mat-button [routerLink]="id() ? ['/crm/contacts', id()] : ['/crm/contacts']" data-testid="contact-back">{{ 'company.back' | transloco }}</a>
    </header>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (notFound()) {
      <p role="alert" data-testid="contact-not-found">{{ 'contact.notFound' | transloco }}</p>
    } @else {
      <app-duplicate-panel [query]="duplicateQuery()" />
      @if (banner(); as message) {
        <div class="banner" role="alert" data-testid="form-error">{{ message }}</div>
      }
      <form [formGroup]="form" (ngSubmit)="save()" class="form">
        @for (field of textFields; track field) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'contact.fields.' + field | transloco }}</mat-label>
            <input matInput [formControlName]="field" [attr.data-testid]="'contact-' + field" [required]="field === 'firstName'" />
            @if (serverErrors()[field]; as message) {
              <mat-hint class="error">{{ message }}</mat-hint>
            }
          </mat-form-field>
        }
        <app-company-picker
          formControlName="companyId"
          testId="contact-company"
          [label]="'contact.fields.company' | transloco"
          [error]="serverErrors()['companyId']"
        />
        @for (list of listFields; track list) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
            <mat-label>{{ 'contact.fields.' + list | transloco }}</mat-label>
            <mat-chip-grid #grid [formControl]="form.controls[list]" [attr.data-testid]="'contact-' + list">
              @for (item of form.controls[list].value; track item) {
                <mat-chip-row (removed)="remove(list, item)">
                  {{ item }}
                  <button matChipRemove type="button">×</button>
                </mat-chip-row>
              }
              <input [matChipInputFor]="grid" [matChipInputSeparatorKeyCodes]="separatorKeys" [matChipInputAddOnBlur]="true"
                     (matChipInputTokenEnd)="add(list, $event)" [attr.data-testid]="'contact-' + list + '-input'" />
            </mat-chip-grid>
            @if (serverErrors()[list]; as message) {
              <mat-hint class="error">{{ message }}</mat-hint>
            }
          </mat-form-field>
        }
        <app-custom-fields-editor [definitions]="definitions()" [(values)]="customFields" [errors]="customErrors()" />
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="saving() || loading()" data-testid="contact-save">{{ 'company.save' | transloco }}</button>
          @if (!isNew() && loaded()) {
            <button mat-button type="button" (click)="delete()" data-testid="contact-delete">{{ 'company.delete' | transloco }}</button>
          }
        </div>
      </form>
    }
  `,
  styles: `
    .header { display: flex; align-items: center; justify-content: space-between; }
    .form { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; }
    .wide, .actions { grid-column: 1 / -1; }
    .banner { color: var(--mat-sys-error); margin-bottom: 12px; }
    .error { color: var(--mat-sys-error); }
  `,
})
export class ContactFormPage implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly id = input<string>();

  protected readonly textFields = ['firstName', 'lastName', 'position'] as const;
  protected readonly listFields: ListField[] = ['phones', 'emails', 'tags'];
  protected readonly separatorKeys = [ENTER, COMMA, SEMICOLON];
  protected readonly form = inject(NonNullableFormBuilder).group({
    firstName: ['', Validators.required],
    lastName: [''],
    position: [''],
    companyId: [''],
    phones: [[] as string[]],
    emails: [[] as string[]],
    tags: [[] as string[]],
  });
  protected readonly customFields = signal<Record<string, string>>({});
  protected readonly definitions = signal<CustomFieldDto[]>([]);
  protected readonly isNew = computed(() => !this.id());
  protected readonly loaded = signal<ContactDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly customErrors = signal<Record<string, string>>({});

  private readonly formValue = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly duplicateQuery = computed<DuplicateQuery>(() => ({
    kind: 'contact',
    phones: this.formValue().phones ?? [],
    emails: this.formValue().emails ?? [],
    excludeId: this.id() ?? null,
  }));

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      this.definitions.set(await firstValueFrom(this.crm.getCustomFields({ entityType: 'contact' })));
      const id = this.id();
      if (id) {
        const contact = await firstValueFrom(this.crm.getContact({ id }));
        this.loaded.set(contact);
        this.form.reset({
          firstName: contact.firstName,
          lastName: contact.lastName ?? '',
          position: contact.position ?? '',
          companyId: contact.companyId ?? '',
          phones: [...contact.phones],
          emails: [...contact.emails],
          tags: [...contact.tags],
        });
        this.customFields.set({ ...contact.customFields });
      }
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('contact.saveFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected add(list: ListField, event: MatChipInputEvent): void {
    const value = event.value.trim();
    const current = this.form.controls[list].value;
    if (value && !current.includes(value)) this.form.controls[list].setValue([...current, value]);
    event.chipInput.clear();
  }

  protected remove(list: ListField, value: string): void {
    this.form.controls[list].setValue(this.form.controls[list].value.filter((v) => v !== value));
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.serverErrors.set({ firstName: this.transloco.translate('company.required') });
      return;
    }
    this.saving.set(true);
    this.banner.set(null);
    this.serverErrors.set({});
    this.customErrors.set({});
    try {
      const id = this.id();
      const body = this.toInput();
      const saved = id
        ? await firstValueFrom(this.crm.updateContact({ id, body }))
        : await firstValueFrom(this.crm.createContact({ body }));
      this.snackBar.open(this.transloco.translate('contact.saved'), undefined, { duration: 3000 });
      await this.router.navigate(['/crm/contacts', saved.id]);
    } catch (error) {
      this.showError(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected async delete(): Promise<void> {
    const contact = this.loaded();
    if (!contact || !(await confirm(this.dialog, this.transloco.translate('contact.confirmDelete')))) return;
    try {
      await firstValueFrom(this.crm.deleteContact({ id: contact.id }));
      await this.router.navigate(['/crm/contacts']);
    } catch (error) {
      this.showError(error);
    }
  }

  private toInput(): ContactInput {
    const v = this.form.getRawValue();
    const loaded = this.loaded();
    return {
      firstName: v.firstName.trim(),
      lastName: v.lastName.trim() || null,
      position: v.position.trim() || null,
      companyId: v.companyId || null,
      phones: v.phones,
      emails: v.emails,
      tags: v.tags,
      customFields: this.customFields(),
      ownerId: loaded?.ownerId ?? null,
      concurrencyStamp: loaded?.concurrencyStamp ?? null,
    };
  }

  private showError(error: unknown): void {
    const problem = problemOf(error);
    if (statusOf(error) === 400 && problem?.errors) {
      const errors: Record<string, string> = {};
      for (const [key, messages] of Object.entries(problem.errors)) {
        if (key.startsWith('customFields.')) continue;
        errors[key.split(/[.[]/)[0]] = messages.join(' ');
      }
      this.serverErrors.set(errors);
      this.customErrors.set(customFieldErrors(problem.errors));
      return;
    }
    if (statusOf(error) === 404) {
      this.notFound.set(true);
      return;
    }
    this.banner.set(problem?.detail || problem?.title || this.transloco.translate<string>('contact.saveFailed'));
  }
}
