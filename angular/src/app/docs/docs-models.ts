import { GeneratedDocumentDto } from '../api/models';

/*
 * The Docs contract (docs/api-docs.md) as the screens use it. The generated client knows only the invoice PDF's
 * list and file; these shapes stand in for the rest until the client is regenerated from a host that serves them.
 */

/** The cards documents and attachments hang on. */
export type DocsEntityType = 'company' | 'contact' | 'deal' | 'lead' | 'invoice' | 'shipment' | 'product';

export const TEMPLATE_KINDS = ['invoice', 'act', 'waybill', 'proposal', 'contract', 'letter'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** `form`: a built-in form's texts and options; `text`: a Scriban template; `docx`: an uploaded Word file. */
export type TemplateFormat = 'form' | 'text' | 'docx';

export interface TemplateListItem {
  readonly id: string;
  readonly name: string;
  readonly kind: TemplateKind;
  readonly format: TemplateFormat;
  readonly entityTypes: DocsEntityType[];
  readonly numberPrefix: string | null;
  readonly isBuiltIn: boolean;
  readonly updatedAt: string;
}

export interface TemplateDto extends TemplateListItem {
  readonly body: string | null;
}

export interface TemplateInput {
  readonly name: string;
  readonly kind?: TemplateKind;
  readonly format?: 'text' | 'form';
  readonly body: string | null;
  readonly numberPrefix: string | null;
}

/** A merge field a `text`/`docx` template may use. */
export interface TemplateField {
  readonly path: string;
  readonly description: string;
  readonly example: string | null;
}

/** Why a template does not compile or render: where (1-based line and column) and what. */
export interface TemplateError {
  readonly kind: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface PreviewRequest {
  readonly kind: TemplateKind;
  readonly format: TemplateFormat;
  readonly body: string;
  readonly entityType: DocsEntityType;
  readonly entityId: string;
}

/** A generated document as the register lists it; a card's list may leave the register's extras out. */
/** The generated client's document with its card type narrowed to the ones Docs knows. */
export interface DocumentListItem extends Omit<GeneratedDocumentDto, 'entityType'> {
  readonly entityType: DocsEntityType;
}

/**
 * A document as a card lists it: its title and number ("Акт № Д-2026-0001"). An invoice's PDF is titled with its number
 * already ("Счёт № СЧ-2026-000001"), and is not numbered twice.
 */
export function documentCaption(document: Pick<DocumentListItem, 'title' | 'number'>): string {
  return document.title.includes(document.number) ? document.title : `${document.title} № ${document.number}`;
}

export interface DocumentQuery {
  readonly entityType?: DocsEntityType;
  readonly entityId?: string;
  readonly kind?: string;
  readonly from?: string;
  readonly to?: string;
  readonly skipCount?: number;
  readonly maxResultCount?: number;
  readonly sorting?: string;
  readonly filter?: string;
}

export interface SendRequest {
  readonly to: string[];
  readonly cc: string[];
  readonly subject: string;
  readonly message: string;
}

export interface MailStatus {
  readonly configured: boolean;
  readonly from: string | null;
}

export interface Attachment {
  readonly id: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number | string;
  readonly hasThumbnail: boolean;
  readonly uploadedBy: string;
  readonly uploadedByName: string | null;
  readonly uploadedAt: string;
}
