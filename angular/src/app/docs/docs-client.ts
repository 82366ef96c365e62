import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';
import { Page } from '../shared/list/paged-list';
import {
  Attachment,
  DocsEntityType,
  DocumentListItem,
  DocumentQuery,
  MailStatus,
  PreviewRequest,
  SendRequest,
  TemplateDto,
  TemplateField,
  TemplateInput,
  TemplateKind,
  TemplateListItem,
} from './docs-models';

/** Docs' routes the generated client does not have yet (see docs-models.ts); same-origin like the generated one. */
@Injectable({ providedIn: 'root' })
export class DocsClient {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl + '/api/docs';

  templates(query: { kind?: string; entityType?: string; filter?: string; skipCount?: number; maxResultCount?: number; sorting?: string }): Observable<Page<TemplateListItem>> {
    return this.http.get<Page<TemplateListItem>>(`${this.root}/templates`, { params: paramsOf(query) });
  }

  template(id: string): Observable<TemplateDto> {
    return this.http.get<TemplateDto>(`${this.root}/templates/${id}`);
  }

  createTemplate(body: TemplateInput): Observable<TemplateDto> {
    return this.http.post<TemplateDto>(`${this.root}/templates`, body);
  }

  updateTemplate(id: string, body: TemplateInput): Observable<TemplateDto> {
    return this.http.put<TemplateDto>(`${this.root}/templates/${id}`, body);
  }

  deleteTemplate(id: string): Observable<void> {
    return this.http.delete<void>(`${this.root}/templates/${id}`);
  }

  uploadDocxTemplate(file: File, name: string, kind: TemplateKind, numberPrefix: string | null): Observable<TemplateDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('name', name);
    form.append('kind', kind);
    if (numberPrefix) form.append('numberPrefix', numberPrefix);
    return this.http.post<TemplateDto>(`${this.root}/templates/docx`, form);
  }

  replaceDocxTemplate(id: string, file: File): Observable<TemplateDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.put<TemplateDto>(`${this.root}/templates/${id}/docx`, form);
  }

  templateFileUrl(id: string): string {
    return `${this.root}/templates/${id}/file`;
  }

  fields(): Observable<TemplateField[]> {
    return this.http.get<TemplateField[]>(`${this.root}/templates/fields`);
  }

  /** The PDF as it would be generated from the card now; a 422's problem arrives as a Blob too (see problemOfBlob). */
  preview(body: PreviewRequest): Observable<Blob> {
    return this.http.post(`${this.root}/templates/preview`, body, { responseType: 'blob' });
  }

  documents(query: DocumentQuery): Observable<Page<DocumentListItem>> {
    return this.http.get<Page<DocumentListItem>>(`${this.root}/documents`, { params: paramsOf({ ...query }) });
  }

  generate(templateId: string, entityType: DocsEntityType, entityId: string): Observable<DocumentListItem> {
    return this.http.post<DocumentListItem>(`${this.root}/documents`, { templateId, entityType, entityId });
  }

  regenerate(id: string): Observable<DocumentListItem> {
    return this.http.post<DocumentListItem>(`${this.root}/documents/${id}/regenerate`, {});
  }

  send(id: string, body: SendRequest): Observable<{ sentAt: string }> {
    return this.http.post<{ sentAt: string }>(`${this.root}/documents/${id}/send`, body);
  }

  documentFileUrl(id: string): string {
    return `${this.root}/documents/${id}/file`;
  }

  mailStatus(): Observable<MailStatus> {
    return this.http.get<MailStatus>(`${this.root}/mail/status`);
  }

  attachments(entityType: DocsEntityType, entityId: string): Observable<Page<Attachment>> {
    return this.http.get<Page<Attachment>>(`${this.root}/attachments`, { params: paramsOf({ entityType, entityId, maxResultCount: 1000 }) });
  }

  /** One file per request, so each has its own progress and its own refusal (413, 422). */
  upload(entityType: DocsEntityType, entityId: string, file: File): Observable<HttpEvent<Attachment[]>> {
    const form = new FormData();
    form.append('entityType', entityType);
    form.append('entityId', entityId);
    form.append('file', file, file.name);
    return this.http.post<Attachment[]>(`${this.root}/attachments`, form, { reportProgress: true, observe: 'events' });
  }

  /** Through HttpClient rather than an <img src>: the request needs the app's session like every call. */
  thumbnail(id: string): Observable<Blob> {
    return this.http.get(`${this.root}/attachments/${id}/thumbnail`, { responseType: 'blob' });
  }

  attachmentFileUrl(id: string): string {
    return `${this.root}/attachments/${id}/file`;
  }

  deleteAttachment(id: string): Observable<void> {
    return this.http.delete<void>(`${this.root}/attachments/${id}`);
  }
}

function paramsOf(query: Record<string, string | number | undefined>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params = params.set(key, String(value));
  }
  return params;
}
