import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CustomFieldDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { problemOf } from '../../core/http/problem-details';

/** Settings: the extra fields admins add to company and contact cards. */
@Component({
  selector: 'app-custom-fields-page',
  imports: [ReactiveFormsModule, MatTableModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 data-testid="page-title">{{ 'customFields.title' | transloco }}</h1>
    <table mat-table [dataSource]="fields()" data-testid="custom-fields-table">
      <ng-container matColumnDef="entityType">
        <th mat-header-cell *matHeaderCellDef>{{ 'customFields.entityType' | transloco }}</th>
        <td mat-cell *matCellDef="let f">{{ 'customFields.entities.' + f.entityType | transloco }}</td>
      </ng-container>
      <ng-container matColumnDef="label">
        <th mat-header-cell *matHeaderCellDef>{{ 'customFields.label' | transloco }}</th>
        <td mat-cell *matCellDef="let f">{{ f.label }} <small>({{ f.key }})</small></td>
      </ng-container>
      <ng-container matColumnDef="type">
        <th mat-header-cell *matHeaderCellDef>{{ 'customFields.type' | transloco }}</th>
        <td mat-cell *matCellDef="let f">{{ 'customFields.types.' + f.type | transloco }} {{ f.options.join(', ') }}</td>
      </ng-container>
      <ng-container matColumnDef="required">
        <th mat-header-cell *matHeaderCellDef>{{ 'customFields.required' | transloco }}</th>
        <td mat-cell *matCellDef="let f">{{ f.required ? '✓' : '' }}</td>
      </ng-container>
      <ng-container matColumnDef="actions">
        <th mat-header-cell *matHeaderCellDef></th>
        <td mat-cell *matCellDef="let f">
          <button mat-button type="button" (click)="remove(f)" data-testid="custom-field-delete">{{ 'company.delete' | transloco }}</button>
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns" data-testid="custom-field-row"></tr>
    </table>

    <h2>{{ 'customFields.add' | transloco }}</h2>
    @if (error(); as message) {
      <div class="error" role="alert" data-testid="form-error">{{ message }}</div>
    }
    <form [formGroup]="form" (ngSubmit)="create()" class="form">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'customFields.entityType' | transloco }}</mat-label>
        <mat-select formControlName="entityType" data-testid="custom-field-entity">
          <mat-option value="company">{{ 'customFields.entities.company' | transloco }}</mat-option>
          <mat-option value="contact">{{ 'customFields.entities.contact' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'customFields.key' | transloco }}</mat-label>
        <input matInput formControlName="key" data-testid="custom-field-key" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'customFields.label' | transloco }}</mat-label>
        <input matInput formControlName="label" data-testid="custom-field-label" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'customFields.type' | transloco }}</mat-label>
        <mat-select formControlName="type" data-testid="custom-field-type">
          @for (t of types; track t) {
            <mat-option [value]="t">{{ 'customFields.types.' + t | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (form.controls.type.value === 'list') {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'customFields.options' | transloco }}</mat-label>
          <input matInput formControlName="options" data-testid="custom-field-options" />
        </mat-form-field>
      }
      <mat-checkbox formControlName="required" data-testid="custom-field-required">{{ 'customFields.required' | transloco }}</mat-checkbox>
      <button mat-flat-button type="submit" data-testid="custom-field-save">{{ 'customFields.add' | transloco }}</button>
    </form>
  `,
  styles: `
    .form { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
    .error { color: var(--mat-sys-error); }
  `,
})
export class CustomFieldsPage implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly transloco = inject(TranslocoService);

  protected readonly columns = ['entityType', 'label', 'type', 'required', 'actions'];
  protected readonly types = ['text', 'number', 'date', 'list', 'yesNo'];
  protected readonly fields = signal<CustomFieldDto[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    entityType: ['company'],
    key: ['', Validators.required],
    label: ['', Validators.required],
    type: ['text'],
    options: [''],
    required: [false],
  });

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected async create(): Promise<void> {
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.error.set(null);
    try {
      await firstValueFrom(
        this.crm.createCustomField({
          body: { ...v, options: v.options.split(/[,;]/).map((o) => o.trim()).filter((o) => o) },
        }),
      );
      this.form.reset();
      await this.load();
    } catch (error) {
      const problem = problemOf(error);
      this.error.set(
        Object.values(problem?.errors ?? {}).flat().join(' ') || problem?.detail || this.transloco.translate<string>('contact.saveFailed'),
      );
    }
  }

  protected async remove(field: CustomFieldDto): Promise<void> {
    await firstValueFrom(this.crm.deleteCustomField({ id: field.id }));
    await this.load();
  }

  private async load(): Promise<void> {
    this.fields.set(await firstValueFrom(this.crm.getCustomFields()));
  }
}
