import { ChangeDetectionStrategy, Component, forwardRef, inject, input } from '@angular/core';
import { NG_VALUE_ACCESSOR } from '@angular/forms';
import { map } from 'rxjs';
import { ArticleDto, ArticleKind, CustomerDto, FinanceDealDto, FinanceProductDto, MoneyAccountDto } from '../api/models';
import { FinanceService } from '../api/services';
import { Picker, PICKER_IMPORTS, PICKER_PAGE, PICKER_STYLES, PICKER_TEMPLATE, PickerItem, PickerLookup, PickerSearch } from '../shared/pickers/picker';

/*
 * Finance's pickers read Finance's own copies (customers, deals, products): an accountant may have no Crm or Stock
 * permission, and the server applies the owner rule to what a sales manager finds.
 */

export const customerItem = (c: CustomerDto): PickerItem<CustomerDto> => ({ id: c.id, name: c.name, hint: c.taxId, data: c });
export const financeDealItem = (d: FinanceDealDto): PickerItem<FinanceDealDto> => ({ id: d.id, name: d.title, hint: d.companyName, data: d });
export const financeProductItem = (p: FinanceProductDto): PickerItem<FinanceProductDto> => ({ id: p.id, name: p.name, hint: p.sku, data: p });
export const moneyAccountItem = (a: MoneyAccountDto): PickerItem<MoneyAccountDto> => ({
  id: a.id,
  name: a.name,
  hint: a.bankName ?? a.accountNumber,
  data: a,
});
export const articleItem = (a: ArticleDto): PickerItem<ArticleDto> => ({ id: a.id, name: a.name, hint: a.ledgerAccount, data: a });

const matches = (text: string, ...values: (string | null | undefined)[]): boolean =>
  !text || values.some((v) => (v ?? '').toLocaleLowerCase().includes(text.toLocaleLowerCase()));

/** Clients (Finance's copies of Crm companies), by name or tax id. */
@Component({
  selector: 'app-customer-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => CustomerPicker), multi: true }],
})
export class CustomerPicker extends Picker<CustomerDto> {
  private readonly finance = inject(FinanceService);
  protected override defaultSearch: PickerSearch<CustomerDto> = (filter) =>
    this.finance.getCustomers({ filter: filter || undefined, maxResultCount: PICKER_PAGE }).pipe(map((page) => page.items.map(customerItem)));
  protected override defaultLookup: PickerLookup<CustomerDto> = (id) => this.finance.getCustomer({ id }).pipe(map(customerItem));
}

/** Deals (Finance's copies), by title; with `companyId`, only that client's. */
@Component({
  selector: 'app-finance-deal-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => FinanceDealPicker), multi: true }],
})
export class FinanceDealPicker extends Picker<FinanceDealDto> {
  private readonly finance = inject(FinanceService);
  readonly companyId = input<string | null>();
  protected override defaultSearch: PickerSearch<FinanceDealDto> = (filter) =>
    this.finance
      .getFinanceDeals({ filter: filter || undefined, companyId: this.companyId() || undefined, maxResultCount: PICKER_PAGE })
      .pipe(map((page) => page.items.map(financeDealItem)));
}

/** Products and services (Finance's copies of the catalog), by name or SKU; the item carries price, unit and VAT. */
@Component({
  selector: 'app-finance-product-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => FinanceProductPicker), multi: true }],
})
export class FinanceProductPicker extends Picker<FinanceProductDto> {
  private readonly finance = inject(FinanceService);
  protected override defaultSearch: PickerSearch<FinanceProductDto> = (filter) =>
    this.finance.getFinanceProducts({ filter: filter || undefined, maxResultCount: PICKER_PAGE }).pipe(map((page) => page.items.map(financeProductItem)));
}

/** Our cash desks and bank accounts that are in use, by name, bank or number (a short list the server sends whole). */
@Component({
  selector: 'app-money-account-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => MoneyAccountPicker), multi: true }],
})
export class MoneyAccountPicker extends Picker<MoneyAccountDto> {
  private readonly finance = inject(FinanceService);
  protected override defaultSearch: PickerSearch<MoneyAccountDto> = (filter) =>
    this.finance
      .getMoneyAccounts()
      .pipe(map((accounts) => accounts.filter((a) => matches(filter, a.name, a.bankName, a.accountNumber)).map(moneyAccountItem)));
  protected override defaultLookup: PickerLookup<MoneyAccountDto> = (id) => this.finance.getMoneyAccount({ id }).pipe(map(moneyAccountItem));
}

/** Income or expense articles in use, by name; `kind` narrows them to one kind. */
@Component({
  selector: 'app-article-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => ArticlePicker), multi: true }],
})
export class ArticlePicker extends Picker<ArticleDto> {
  private readonly finance = inject(FinanceService);
  readonly kind = input<ArticleKind | null>();
  protected override defaultSearch: PickerSearch<ArticleDto> = (filter) =>
    this.finance
      .getFinanceCategories()
      .pipe(
        map((articles) =>
          articles.filter((a) => !a.isArchived && (!this.kind() || a.kind === this.kind()) && matches(filter, a.name)).map(articleItem),
        ),
      );
  protected override defaultLookup: PickerLookup<ArticleDto> = (id) => this.finance.getFinanceCategory({ id }).pipe(map(articleItem));
}
