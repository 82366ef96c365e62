import { RuleEvent } from '../tasks-models';

/** The events a rule can react to, in the order the select offers them. */
export const RULE_EVENTS: readonly RuleEvent[] = [
  'Crm.Deal.StageChanged',
  'Crm.Lead.Created',
  'Crm.Deal.Won',
  'Finance.Invoice.Overdue',
  'Stock.Product.BelowMinimum',
];

/** What a rule's title and description templates may use for each event (Scriban, `{{ deal.title }}`). */
export const MERGE_FIELDS: Readonly<Record<RuleEvent, readonly string[]>> = {
  'Crm.Deal.StageChanged': ['deal.title', 'deal.amount', 'deal.currency', 'deal.stage', 'deal.owner', 'company.name', 'contact.name'],
  'Crm.Lead.Created': ['lead.title', 'lead.name', 'lead.phone', 'lead.email', 'lead.source', 'lead.owner'],
  'Crm.Deal.Won': ['deal.title', 'deal.amount', 'deal.currency', 'deal.owner', 'company.name', 'contact.name'],
  'Finance.Invoice.Overdue': ['invoice.number', 'invoice.amountDue', 'invoice.dueDate', 'invoice.currency', 'company.name'],
  'Stock.Product.BelowMinimum': ['product.name', 'product.sku', 'product.onHand', 'product.minimum', 'warehouse.name'],
};

/** Roles a rule may give its task to the least loaded member of, when the server's list of roles cannot be read. */
export const FALLBACK_ROLES: readonly string[] = ['admin', 'director', 'sales', 'accountant', 'warehouse'];

/** `{{ deal.title }}`, as a template would write the field. */
export function mergeTag(field: string): string {
  return `{{ ${field} }}`;
}
