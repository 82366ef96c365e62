import { ChangeDetectionStrategy, Component, inject, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { FinanceService, StockService } from '../../api/services';
import { CompanyPicker, ContactPicker, DealPicker } from '../../shared/pickers/crm-pickers';
import { Picker, PICKER_PAGE, PickerSearch } from '../../shared/pickers/picker';
import { DocsEntityType } from '../docs-models';

/** The cards a preview can be made from, in the order offered. */
export const PREVIEW_ENTITY_TYPES: readonly DocsEntityType[] = ['deal', 'company', 'contact', 'invoice', 'shipment'];

/**
 * The card a template's preview is made from: its type, then a record of that type found by typing (Crm's pickers
 * for deals, companies and contacts; invoices and posted shipments from their modules' lists).
 */
@Component({
  selector: 'app-preview-card',
  imports: [FormsModule, MatFormFieldModule, MatSelectModule, TranslocoPipe, CompanyPicker, ContactPicker, DealPicker, Picker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: grid; grid-template-columns: minmax(140px, 180px) 1fr; gap: 8px; align-items: start; }
  `,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ 'docs.preview.entityType' | transloco }}</mat-label>
      <mat-select [value]="entityType()" (selectionChange)="choose($event.value)" data-testid="preview-entity-type">
        @for (t of types(); track t) {
          <mat-option [value]="t">{{ 'docs.entityTypes.' + t | transloco }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    @switch (entityType()) {
      @case ('deal') {
        <app-deal-picker testId="preview-entity" [label]="'docs.preview.entity' | transloco" [ngModel]="entityId()" (ngModelChange)="entityId.set($event)" />
      }
      @case ('company') {
        <app-company-picker testId="preview-entity" [label]="'docs.preview.entity' | transloco" [ngModel]="entityId()" (ngModelChange)="entityId.set($event)" />
      }
      @case ('contact') {
        <app-contact-picker testId="preview-entity" [label]="'docs.preview.entity' | transloco" [ngModel]="entityId()" (ngModelChange)="entityId.set($event)" />
      }
      @case ('invoice') {
        <app-picker testId="preview-entity" [search]="invoiceSearch" [label]="'docs.preview.entity' | transloco" [ngModel]="entityId()" (ngModelChange)="entityId.set($event)" />
      }
      @case ('shipment') {
        <app-picker testId="preview-entity" [search]="shipmentSearch" [label]="'docs.preview.entity' | transloco" [ngModel]="entityId()" (ngModelChange)="entityId.set($event)" />
      }
    }
  `,
})
export class PreviewCard {
  private readonly finance = inject(FinanceService);
  private readonly stock = inject(StockService);

  /** The types this template can be generated from. */
  readonly types = input<readonly DocsEntityType[]>(PREVIEW_ENTITY_TYPES);
  readonly entityType = model<DocsEntityType>('deal');
  readonly entityId = model('');

  /** Issued invoices by number or client; a draft has no copy in Docs yet. */
  protected readonly invoiceSearch: PickerSearch = (filter) =>
    this.finance
      .getInvoices({ filter: filter || undefined, maxResultCount: PICKER_PAGE })
      .pipe(map((page) => page.items.filter((i) => i.number).map((i) => ({ id: i.id, name: i.number ?? '', hint: i.companyName, data: i }))));

  protected readonly shipmentSearch: PickerSearch = (filter) =>
    this.stock
      .getStockDocuments({ kind: 'shipment', status: 'posted', filter: filter || undefined, maxResultCount: PICKER_PAGE })
      .pipe(map((page) => page.items.map((d) => ({ id: d.id, name: d.number, hint: d.companyName, data: d }))));

  protected choose(type: DocsEntityType): void {
    this.entityType.set(type);
    this.entityId.set('');
  }
}
