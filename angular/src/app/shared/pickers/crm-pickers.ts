import { ChangeDetectionStrategy, Component, forwardRef, inject, input } from '@angular/core';
import { NG_VALUE_ACCESSOR } from '@angular/forms';
import { map } from 'rxjs';
import { CompanyDto, ContactDto, DealDto, OwnerDto, ProductDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { Picker, PICKER_IMPORTS, PICKER_PAGE, PICKER_STYLES, PICKER_TEMPLATE, PickerItem, PickerLookup, PickerSearch } from './picker';

export const companyItem = (c: CompanyDto): PickerItem<CompanyDto> => ({ id: c.id, name: c.name, hint: c.taxId, data: c });
export const contactItem = (c: ContactDto): PickerItem<ContactDto> => ({
  id: c.id,
  name: [c.lastName, c.firstName].filter(Boolean).join(' '),
  hint: c.position,
  data: c,
});
export const dealItem = (d: DealDto): PickerItem<DealDto> => ({ id: d.id, name: d.title, data: d });
export const ownerItem = (o: OwnerDto): PickerItem<OwnerDto> => ({ id: o.id, name: o.fullName, hint: o.position ?? o.userName, data: o });
export const productItem = (p: ProductDto): PickerItem<ProductDto> => ({ id: p.id, name: p.name, hint: p.sku, data: p });

/** Companies the user may see, by name or tax id (Crm's route). */
export function crmCompanySearch(crm: CrmService): PickerSearch<CompanyDto> {
  return (filter) => crm.getCompanies({ filter: filter || undefined, maxResultCount: PICKER_PAGE }).pipe(map((page) => page.items.map(companyItem)));
}

export function crmCompanyLookup(crm: CrmService): PickerLookup<CompanyDto> {
  return (id) => crm.getCompany({ id }).pipe(map(companyItem));
}

/** Companies, searchable by name or tax id. */
@Component({
  selector: 'app-company-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => CompanyPicker), multi: true }],
})
export class CompanyPicker extends Picker<CompanyDto> {
  private readonly crm = inject(CrmService);
  protected override defaultSearch = crmCompanySearch(this.crm);
  protected override defaultLookup = crmCompanyLookup(this.crm);
}

/** Contacts, searchable by name; with `companyId`, only that company's people. */
@Component({
  selector: 'app-contact-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => ContactPicker), multi: true }],
})
export class ContactPicker extends Picker<ContactDto> {
  private readonly crm = inject(CrmService);
  readonly companyId = input<string | null>();
  protected override defaultSearch: PickerSearch<ContactDto> = (filter) =>
    this.crm
      .getContacts({ filter: filter || undefined, companyId: this.companyId() || undefined, maxResultCount: PICKER_PAGE })
      .pipe(map((page) => page.items.map(contactItem)));
  protected override defaultLookup: PickerLookup<ContactDto> = (id) => this.crm.getContact({ id }).pipe(map(contactItem));
}

/** Deals, searchable by title; with `companyId`, only that company's deals. */
@Component({
  selector: 'app-deal-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DealPicker), multi: true }],
})
export class DealPicker extends Picker<DealDto> {
  private readonly crm = inject(CrmService);
  readonly companyId = input<string | null>();
  protected override defaultSearch: PickerSearch<DealDto> = (filter) =>
    this.crm
      .getDeals({ filter: filter || undefined, companyId: this.companyId() || undefined, maxResultCount: PICKER_PAGE })
      .pipe(map((page) => page.items.map(dealItem)));
  protected override defaultLookup: PickerLookup<DealDto> = (id) => this.crm.getDeal({ id }).pipe(map(dealItem));
}

/** Catalog products (Crm's copy of Stock's catalog), searchable by name or SKU; the item carries the sale price. */
@Component({
  selector: 'app-product-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => ProductPicker), multi: true }],
})
export class ProductPicker extends Picker<ProductDto> {
  private readonly crm = inject(CrmService);
  protected override defaultSearch: PickerSearch<ProductDto> = (filter) =>
    this.crm.getCrmProducts({ filter: filter || undefined, maxResultCount: PICKER_PAGE }).pipe(map((page) => page.items.map(productItem)));
}

/** The people who may own records (active sales managers and directors), by name, from Crm's copy of people. */
export function crmOwnerSearch(crm: CrmService): PickerSearch<OwnerDto> {
  return (filter) => crm.getCrmOwners({ filter: filter || undefined, maxResultCount: PICKER_PAGE }).pipe(map((page) => page.items.map(ownerItem)));
}

/** An owner picker: the page passes the current owner's name (`currentName`), as Crm has no lookup of one person by id. */
@Component({
  selector: 'app-owner-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => OwnerPicker), multi: true }],
})
export class OwnerPicker extends Picker<OwnerDto> {
  private readonly crm = inject(CrmService);
  protected override defaultSearch = crmOwnerSearch(this.crm);
}
