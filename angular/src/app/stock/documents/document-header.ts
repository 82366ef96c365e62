import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { WarehouseDto } from '../../api/models';
import { StockService } from '../../api/services';
import { CompanyPicker, DealPicker } from '../../shared/pickers/crm-pickers';
import { PickerItem } from '../../shared/pickers/picker';
import { headerFields } from '../document-lines';
import { shipmentPickerSources } from '../shipment-pickers';

/** A document's header as the form holds it: '' is an empty field. */
export interface DocumentHeader {
  readonly warehouseId: string;
  readonly targetWarehouseId: string;
  readonly date: string;
  readonly companyId: string;
  readonly dealId: string;
  /** The names shown in the pickers, from Stock's copies (display only, never sent). */
  readonly companyName: string;
  readonly dealTitle: string;
  readonly reason: string;
  readonly comment: string;
}

/** The header fields that show a server's refusal under themselves; other messages go to the banner. */
export const HEADER_ERROR_FIELDS = ['warehouseId', 'targetWarehouseId', 'date', 'companyId', 'dealId', 'reason'];

/** The fields above a document's lines; which ones show depends on the kind (a transfer's target, a shipment's customer). */
@Component({
  selector: 'app-document-header',
  imports: [FormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, CompanyPicker, DealPicker],
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" (ngSubmit)="submitted.emit()">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.document.warehouse' | transloco }}</mat-label>
        <mat-select [ngModel]="header().warehouseId" (ngModelChange)="set('warehouseId', $event)" name="warehouseId" [disabled]="readOnly()" data-testid="document-warehouse">
          @for (w of warehouses(); track w.id) {
            <mat-option [value]="w.id">{{ w.name }}</mat-option>
          }
        </mat-select>
        @if (errors()['warehouseId']; as m) {
          <mat-hint class="line-error" data-testid="error-warehouseId">{{ m }}</mat-hint>
        }
      </mat-form-field>
      @if (fields().target) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'stock.document.targetWarehouse' | transloco }}</mat-label>
          <mat-select [ngModel]="header().targetWarehouseId" (ngModelChange)="set('targetWarehouseId', $event)" name="targetWarehouseId" [disabled]="readOnly()" data-testid="document-target-warehouse">
            @for (w of warehouses(); track w.id) {
              <mat-option [value]="w.id">{{ w.name }}</mat-option>
            }
          </mat-select>
          @if (errors()['targetWarehouseId']; as m) {
            <mat-hint class="line-error" data-testid="error-targetWarehouseId">{{ m }}</mat-hint>
          }
        </mat-form-field>
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.document.date' | transloco }}</mat-label>
        <input matInput type="date" [ngModel]="header().date" (ngModelChange)="set('date', $event)" name="date" [readonly]="readOnly()" data-testid="document-date" />
        @if (errors()['date']; as m) {
          <mat-hint class="line-error" data-testid="error-date">{{ m }}</mat-hint>
        }
      </mat-form-field>
      @if (fields().company) {
        <app-company-picker
          [ngModel]="header().companyId"
          (picked)="pickCompany($event)"
          name="companyId"
          testId="document-company"
          [label]="'stock.document.company' | transloco"
          [search]="sources.companySearch"
          [currentName]="header().companyName || null"
          [readonly]="readOnly()"
          [error]="errors()['companyId']"
        />
        <app-deal-picker
          [ngModel]="header().dealId"
          (picked)="pickDeal($event)"
          name="dealId"
          testId="document-deal"
          [label]="'stock.document.deal' | transloco"
          [search]="dealSearch()"
          [currentName]="header().dealTitle || null"
          [readonly]="readOnly()"
          [error]="errors()['dealId']"
        />
      }
      @if (fields().reason) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
          <mat-label>{{ 'stock.document.reason' | transloco }}</mat-label>
          <input matInput [ngModel]="header().reason" (ngModelChange)="set('reason', $event)" name="reason" [readonly]="readOnly()" data-testid="document-reason" />
          @if (errors()['reason']; as m) {
            <mat-hint class="line-error" data-testid="error-reason">{{ m }}</mat-hint>
          }
        </mat-form-field>
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
        <mat-label>{{ 'stock.document.comment' | transloco }}</mat-label>
        <input matInput [ngModel]="header().comment" (ngModelChange)="set('comment', $event)" name="comment" [readonly]="readOnly()" data-testid="document-comment" />
      </mat-form-field>
    </form>
  `,
})
export class DocumentHeaderForm {
  readonly header = input.required<DocumentHeader>();
  readonly kind = input.required<Parameters<typeof headerFields>[0]>();
  readonly warehouses = input<readonly WarehouseDto[]>([]);
  readonly readOnly = input(false);
  /** Server refusals by field name (see {@link HEADER_ERROR_FIELDS}). */
  readonly errors = input<Record<string, string>>({});
  /** The header after one field changed. */
  readonly edited = output<DocumentHeader>();
  /** Enter in a field: the page saves. */
  readonly submitted = output<void>();

  protected readonly fields = computed(() => headerFields(this.kind()));
  protected readonly sources = shipmentPickerSources(inject(StockService));
  protected readonly dealSearch = computed(() => this.sources.dealSearch(this.header().companyId || null));

  protected set(field: keyof DocumentHeader, value: string): void {
    if (this.header()[field] === (value ?? '')) return;
    this.edited.emit({ ...this.header(), [field]: value ?? '' });
  }

  /** A deal names its customer too, when none is chosen yet. */
  protected pickDeal(deal: PickerItem | null): void {
    const data = deal?.data as { companyId?: string | null; companyName?: string | null } | undefined;
    const keepCompany = !!this.header().companyId;
    this.edited.emit({
      ...this.header(),
      dealId: deal?.id ?? '',
      dealTitle: deal?.name ?? '',
      companyId: keepCompany ? this.header().companyId : (data?.companyId ?? ''),
      companyName: keepCompany ? this.header().companyName : (data?.companyName ?? ''),
    });
  }

  /** Another customer: the deal picked for the previous one no longer fits. */
  protected pickCompany(company: PickerItem | null): void {
    if (this.header().companyId === (company?.id ?? '')) return;
    this.edited.emit({ ...this.header(), companyId: company?.id ?? '', companyName: company?.name ?? '', dealId: '', dealTitle: '' });
  }
}
