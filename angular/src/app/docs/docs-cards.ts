import { inject, Injectable } from '@angular/core';
import { catchError, firstValueFrom, Observable, of } from 'rxjs';
import { ContactDto } from '../api/models';
import { CrmService, FinanceService, StockService } from '../api/services';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permissions';
import { DocsEntityType } from './docs-models';

/** Where a card opens in the app. */
export function cardLink(entityType: DocsEntityType | undefined, id: string | undefined): string[] | null {
  if (!entityType || !id) return null;
  const paths: Record<DocsEntityType, string> = {
    company: '/crm/companies',
    contact: '/crm/contacts',
    deal: '/crm/deals',
    lead: '/crm/leads',
    invoice: '/finance/invoices',
    shipment: '/stock/documents',
    product: '/stock/products',
  };
  return [paths[entityType], id];
}

/**
 * The e-mail addresses a document from a card goes to, best first: a contact's own; for a deal its contact's, then
 * its company's people; for a company (and an invoice or shipment, through their company) its people. Asked of Crm,
 * so a user who may not see contacts simply gets none and types the address.
 */
@Injectable({ providedIn: 'root' })
export class CardEmails {
  private readonly crm = inject(CrmService);
  private readonly finance = inject(FinanceService);
  private readonly stock = inject(StockService);
  private readonly auth = inject(AuthService);

  async of(entityType: DocsEntityType | undefined, entityId: string | undefined): Promise<string[]> {
    if (!entityType || !entityId || !this.auth.hasPermission(Permissions.Crm.Contacts)) return [];
    switch (entityType) {
      case 'contact':
        return emailsOf([await this.ask(this.crm.getContact({ id: entityId }))]);
      case 'company':
        return this.companyEmails(entityId);
      case 'deal': {
        const deal = await this.ask(this.crm.getDeal({ id: entityId }));
        if (!deal) return [];
        const own = deal.contactId ? emailsOf([await this.ask(this.crm.getContact({ id: deal.contactId }))]) : [];
        return unique([...own, ...(await this.companyEmails(deal.companyId))]);
      }
      case 'invoice': {
        const invoice = await this.ask(this.finance.getInvoice({ id: entityId }));
        return invoice ? this.companyEmails(invoice.companyId) : [];
      }
      case 'shipment': {
        const shipment = await this.ask(this.stock.getStockDocument({ id: entityId }));
        return shipment?.companyId ? this.companyEmails(shipment.companyId) : [];
      }
      default:
        return [];
    }
  }

  private async companyEmails(companyId: string): Promise<string[]> {
    const page = await this.ask(this.crm.getContacts({ companyId, maxResultCount: 50 }));
    return emailsOf(page?.items ?? []);
  }

  private ask<T>(call: Observable<T>): Promise<T | null> {
    return firstValueFrom(call.pipe(catchError(() => of(null))));
  }
}

function emailsOf(contacts: (ContactDto | null)[]): string[] {
  return unique(contacts.flatMap((c) => c?.emails ?? []).filter(Boolean));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
