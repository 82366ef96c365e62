import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { DocsEntityType } from '../docs-models';
import { AttachmentsPanel } from './attachments-panel';
import { DocumentsPanel } from './documents-panel';

/** What a card shows of Docs: its documents and its files, each as far as the user's permissions go. */
@Component({
  selector: 'app-card-docs',
  imports: [DocumentsPanel, AttachmentsPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (documents() && seesDocuments) {
      <app-documents-panel [entityType]="entityType()" [entityId]="entityId()" />
    }
    @if (attachments() && seesAttachments) {
      <app-attachments-panel [entityType]="entityType()" [entityId]="entityId()" />
    }
  `,
})
export class CardDocs {
  private readonly auth = inject(AuthService);

  readonly entityType = input.required<DocsEntityType>();
  readonly entityId = input.required<string>();
  /** Cards documents are not generated from (a lead) show only their files. */
  readonly documents = input(true);
  readonly attachments = input(true);

  protected readonly seesDocuments =
    this.auth.hasPermission(Permissions.Docs.Documents) || this.auth.hasPermission(Permissions.Docs.DocumentsGenerate);
  protected readonly seesAttachments = this.auth.hasPermission(Permissions.Docs.Attachments);
}
