import { ChangeDetectionStrategy, Component, forwardRef, inject, input } from '@angular/core';
import { NG_VALUE_ACCESSOR } from '@angular/forms';
import { map, Observable, shareReplay } from 'rxjs';
import { ArticleDto, CustomerDto, MoneyAccountDto } from '../api/models';
import { FinanceService } from '../api/services';
import { Picker, PICKER_IMPORTS, PICKER_PAGE, PICKER_STYLES, PICKER_TEMPLATE, PickerItem, PickerLookup, PickerSearch } from '../shared/pickers/picker';

export const customerItem = (c: CustomerDto): PickerItem<CustomerDto> => ({ id: c.id, name: c.name, hint: c.taxId, data: c });
export const articleItem = (a: ArticleDto): PickerItem<ArticleDto> => ({ id: a.id, name: a.name, hint: a.ledgerAccount, data: a });
export const moneyAccountItem = (a: MoneyAccountDto): PickerItem<MoneyAccountDto> => ({ id: a.id, name: a.name, hint: a.accountNumber, data: a });

/** The items whose name or hint contain the typed text, case aside: for short lists the page already has. */
export function matching<T>(items: readonly PickerItem<T>[], text: string): PickerItem<T>[] {
  const t = text.trim().toLocaleLowerCase();
  const found = t ? items.filter((i) => i.name.toLocaleLowerCase().includes(t) || (i.hint ?? '').toLocaleLowerCase().includes(t)) : [...items];
  return found.slice(0, PICKER_PAGE);
}

/** Finance's customers (its copies of Crm's companies), by name or tax id. */
@Component({
  selector: 'app-finance-customer-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => FinanceCustomerPicker), multi: true }],
})
export class FinanceCustomerPicker extends Picker<CustomerDto> {
  private readonly finance = inject(FinanceService);
  protected override defaultSearch: PickerSearch<CustomerDto> = (filter) =>
    this.finance.getCustomers({ filter: filter || undefined, maxResultCount: PICKER_PAGE }).pipe(map((page) => page.items.map(customerItem)));
  protected override defaultLookup: PickerLookup<CustomerDto> = (id) => this.finance.getCustomer({ id }).pipe(map(customerItem));
}

/** Income or expense articles (`kind`), by name or ledger account; archived ones are not offered. */
@Component({
  selector: 'app-article-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => ArticlePicker), multi: true }],
})
export class ArticlePicker extends Picker<ArticleDto> {
  private readonly api = inject(FinanceService);
  readonly kind = input<'income' | 'expense' | null>(null);
  private all?: Observable<PickerItem<ArticleDto>[]>;
  private articles(): Observable<PickerItem<ArticleDto>[]> {
    this.all ??= this.api.getFinanceCategories({ kind: this.kind() ?? undefined }).pipe(
      map((list) => list.filter((a) => !a.isArchived).map(articleItem)),
      shareReplay(1),
    );
    return this.all;
  }
  protected override defaultSearch: PickerSearch<ArticleDto> = (text) => this.articles().pipe(map((items) => matching(items, text)));
  protected override defaultLookup: PickerLookup<ArticleDto> = (id) => this.articles().pipe(map((items) => items.find((i) => i.id === id) ?? null));
}

/** Our cash desks and bank accounts (`kind` for one of them), by name or account number. */
@Component({
  selector: 'app-money-account-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => MoneyAccountPicker), multi: true }],
})
export class MoneyAccountPicker extends Picker<MoneyAccountDto> {
  private readonly api = inject(FinanceService);
  readonly kind = input<'cash' | 'bank' | null>(null);
  private all?: Observable<PickerItem<MoneyAccountDto>[]>;
  private accounts(): Observable<PickerItem<MoneyAccountDto>[]> {
    this.all ??= this.api.getMoneyAccounts().pipe(
      map((list) => list.filter((a) => !a.isArchived && (!this.kind() || a.kind === this.kind())).map(moneyAccountItem)),
      shareReplay(1),
    );
    return this.all;
  }
  protected override defaultSearch: PickerSearch<MoneyAccountDto> = (text) => this.accounts().pipe(map((items) => matching(items, text)));
  protected override defaultLookup: PickerLookup<MoneyAccountDto> = (id) => this.accounts().pipe(map((items) => items.find((i) => i.id === id) ?? null));
}

