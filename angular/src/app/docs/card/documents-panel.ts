import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { downloadFile } from '../../shared/download';
import { DayTimePipe } from '../../shared/formats/format.pipes';
import { DocsClient } from '../docs-client';
import { DocsEntityType, documentCaption, DocumentListItem, TemplateListItem } from '../docs-models';
import { problemOfAny, problemText } from '../docs-problems';
import { SendDocumentDialog, SendDocumentData } from './send-document.dialog';
import { TemplatePickerDialog } from './template-picker.dialog';

/** A card's generated documents: create one from a template, download, regenerate, send. The same panel on every card. */
@Component({
  selector: 'app-documents-panel',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe, DayTimePipe],
  styleUrl: '../docs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" data-testid="documents-panel">
      <h2>
        {{ 'docs.panel.title' | transloco }}
        @if (canGenerate) {
          <button mat-stroked-button type="button" (click)="create()" [disabled]="busy()" data-testid="documents-create">
            {{ 'docs.panel.create' | transloco }}
          </button>
        }
      </h2>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" />
      }
      @if (error(); as message) {
        <div class="banner" role="alert" data-testid="documents-error">{{ message }}</div>
      }
      <ul class="items" data-testid="documents-list">
        @for (d of documents(); track d.id) {
          <li data-testid="documents-item">
            <span class="name">
              <span data-testid="documents-item-title">{{ caption(d) }}</span>
              <span class="muted small">
                @if (+d.version > 1) {
                  · {{ 'docs.version' | transloco: { version: d.version } }}
                }
                · {{ d.createdAt | dayTime }}
                @if (d.sentAt) {
                  · {{ 'docs.sentAt' | transloco: { at: (d.sentAt | dayTime) } }}
                }
              </span>
            </span>
            <button mat-button type="button" (click)="download(d)" [title]="d.fileName" data-testid="documents-download">{{ 'docs.download' | transloco }}</button>
            @if (canGenerate) {
              <button mat-button type="button" (click)="regenerate(d)" [disabled]="busy()" data-testid="documents-regenerate">{{ 'docs.regenerate' | transloco }}</button>
            }
            @if (canSend) {
              <button mat-button type="button" (click)="send(d)" data-testid="documents-send">{{ 'docs.send.action' | transloco }}</button>
            }
          </li>
        } @empty {
          <li class="muted" data-testid="documents-empty">{{ 'docs.panel.empty' | transloco }}</li>
        }
      </ul>
    </section>
  `,
})
export class DocumentsPanel implements OnInit {
  private readonly docs = inject(DocsClient);
  private readonly http = inject(HttpClient);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);

  readonly entityType = input.required<DocsEntityType>();
  readonly entityId = input.required<string>();

  protected readonly canGenerate = this.auth.hasPermission(Permissions.Docs.DocumentsGenerate);
  protected readonly canSend = this.auth.hasPermission(Permissions.Docs.DocumentsSend);
  protected readonly documents = signal<DocumentListItem[]>([]);
  protected readonly caption = documentCaption;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): Promise<void> {
    return this.reload();
  }

  async reload(): Promise<void> {
    try {
      const page = await firstValueFrom(this.docs.documents({ entityType: this.entityType(), entityId: this.entityId(), maxResultCount: 100 }));
      this.documents.set(page.items);
    } catch (error) {
      await this.fail(error);
    }
  }

  protected async create(): Promise<void> {
    const ref = this.dialog.open<TemplatePickerDialog, { entityType: DocsEntityType }, TemplateListItem>(TemplatePickerDialog, {
      data: { entityType: this.entityType() },
    });
    const template = await firstValueFrom(ref.afterClosed());
    if (!template) return;
    await this.act(async () => {
      const created = await firstValueFrom(this.docs.generate(template.id, this.entityType(), this.entityId()));
      this.documents.update((list) => [created, ...list.filter((d) => d.id !== created.id)]);
      this.snackBar.open(this.transloco.translate('docs.panel.created', { number: created.number }), undefined, { duration: 3000 });
    });
  }

  protected async regenerate(document: DocumentListItem): Promise<void> {
    await this.act(async () => {
      const version = await firstValueFrom(this.docs.regenerate(document.id));
      this.snackBar.open(this.transloco.translate('docs.regenerated', { number: version.number, version: version.version }), undefined, { duration: 3000 });
      await this.reload();
    });
  }

  protected async download(document: DocumentListItem): Promise<void> {
    try {
      await downloadFile(this.http, this.docs.documentFileUrl(document.id), {});
    } catch (error) {
      await this.fail(error);
    }
  }

  protected async send(document: DocumentListItem): Promise<void> {
    const ref = this.dialog.open<SendDocumentDialog, SendDocumentData, { sentAt: string }>(SendDocumentDialog, {
      data: { document, entityType: this.entityType(), entityId: this.entityId() },
    });
    const sent = await firstValueFrom(ref.afterClosed());
    if (!sent) return;
    this.documents.update((list) => list.map((d) => (d.id === document.id ? { ...d, sentAt: sent.sentAt } : d)));
    this.snackBar.open(this.transloco.translate('docs.send.sent'), undefined, { duration: 3000 });
  }

  private async act(step: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await step();
    } catch (error) {
      await this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async fail(error: unknown): Promise<void> {
    this.error.set(problemText(await problemOfAny(error), this.transloco.translate<string>('docs.failed')));
  }
}
