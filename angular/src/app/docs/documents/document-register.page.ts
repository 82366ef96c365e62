import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { downloadFile } from '../../shared/download';
import { DayTimePipe } from '../../shared/formats/format.pipes';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { chosen, pagedList } from '../../shared/list/paged-list';
import { SendDocumentData, SendDocumentDialog } from '../card/send-document.dialog';
import { cardLink } from '../docs-cards';
import { DocsClient } from '../docs-client';
import { DocumentListItem, TEMPLATE_KINDS } from '../docs-models';
import { problemOfAny, problemText } from '../docs-problems';

const FILTERS = { kind: '', from: '', to: '' };

/** Every generated document the user may see, newest first, with the card it was made from; download, regenerate, send. */
@Component({
  selector: 'app-document-register-page',
  imports: [
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    TranslocoPipe,
    DayTimePipe,
    ListToolbar,
    ListTable,
  ],
  styleUrl: '../docs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-list-toolbar [list]="list" views="docs.documents" heading="docs.register.title" testid="documents" searchLabel="docs.register.search">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'docs.register.kind' | transloco }}</mat-label>
        <mat-select [value]="list.filters().kind" (selectionChange)="list.setFilters({ kind: $event.value })" data-testid="documents-kind">
          <mat-option value="">{{ 'docs.register.all' | transloco }}</mat-option>
          @for (k of kinds; track k) {
            <mat-option [value]="k">{{ 'docs.kinds.' + k | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'docs.register.from' | transloco }}</mat-label>
        <input matInput type="date" [value]="list.filters().from" (change)="list.setFilters({ from: $any($event.target).value })" data-testid="documents-from" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'docs.register.to' | transloco }}</mat-label>
        <input matInput type="date" [value]="list.filters().to" (change)="list.setFilters({ to: $any($event.target).value })" data-testid="documents-to" />
      </mat-form-field>
    </app-list-toolbar>

    <app-list-table [list]="list" [columns]="columns" testid="documents" (open)="download($event)">
      <ng-container matColumnDef="number">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'docs.register.columns.number' | transloco }}</th>
        <td mat-cell *matCellDef="let d" class="nowrap" data-testid="documents-row-number">{{ d.number }}</td>
      </ng-container>
      <ng-container matColumnDef="title">
        <th mat-header-cell *matHeaderCellDef mat-sort-header="kind">{{ 'docs.register.columns.title' | transloco }}</th>
        <td mat-cell *matCellDef="let d">{{ d.title }}</td>
      </ng-container>
      <ng-container matColumnDef="card">
        <th mat-header-cell *matHeaderCellDef>{{ 'docs.register.columns.card' | transloco }}</th>
        <td mat-cell *matCellDef="let d" data-testid="documents-row-card">
          @if (link(d); as path) {
            <a [routerLink]="path" (click)="$event.stopPropagation()">{{ d.entityTitle || ('docs.entityTypes.' + d.entityType | transloco) }}</a>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="template">
        <th mat-header-cell *matHeaderCellDef>{{ 'docs.register.columns.template' | transloco }}</th>
        <td mat-cell *matCellDef="let d">{{ d.templateName }}</td>
      </ng-container>
      <ng-container matColumnDef="owner">
        <th mat-header-cell *matHeaderCellDef>{{ 'docs.register.columns.owner' | transloco }}</th>
        <td mat-cell *matCellDef="let d">{{ d.ownerName ?? '—' }}</td>
      </ng-container>
      <ng-container matColumnDef="version">
        <th mat-header-cell *matHeaderCellDef mat-sort-header class="num">{{ 'docs.register.columns.version' | transloco }}</th>
        <td mat-cell *matCellDef="let d" class="num">{{ d.version }}</td>
      </ng-container>
      <ng-container matColumnDef="created">
        <th mat-header-cell *matHeaderCellDef mat-sort-header="createdAt">{{ 'docs.register.columns.created' | transloco }}</th>
        <td mat-cell *matCellDef="let d" class="nowrap">{{ d.createdAt | dayTime }}</td>
      </ng-container>
      <ng-container matColumnDef="sent">
        <th mat-header-cell *matHeaderCellDef>{{ 'docs.register.columns.sent' | transloco }}</th>
        <td mat-cell *matCellDef="let d" class="nowrap" data-testid="documents-row-sent">{{ d.sentAt ? (d.sentAt | dayTime) : '—' }}</td>
      </ng-container>
      <ng-container matColumnDef="actions">
        <th mat-header-cell *matHeaderCellDef></th>
        <td mat-cell *matCellDef="let d" class="nowrap" (click)="$event.stopPropagation()" (keydown.enter)="$event.stopPropagation()">
          <button mat-button type="button" (click)="download(d)" data-testid="documents-row-download">{{ 'docs.download' | transloco }}</button>
          @if (canGenerate) {
            <button mat-button type="button" (click)="regenerate(d)" data-testid="documents-row-regenerate">{{ 'docs.regenerate' | transloco }}</button>
          }
          @if (canSend) {
            <button mat-button type="button" (click)="send(d)" data-testid="documents-row-send">{{ 'docs.send.action' | transloco }}</button>
          }
        </td>
      </ng-container>
    </app-list-table>
  `,
})
export class DocumentRegisterPage {
  private readonly docs = inject(DocsClient);
  private readonly http = inject(HttpClient);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);

  protected readonly kinds = TEMPLATE_KINDS;
  protected readonly canGenerate = this.auth.hasPermission(Permissions.Docs.DocumentsGenerate);
  protected readonly canSend = this.auth.hasPermission(Permissions.Docs.DocumentsSend);
  protected readonly columns = ['number', 'title', 'card', 'template', 'owner', 'version', 'created', 'sent', 'actions'];
  protected readonly link = (d: DocumentListItem) => cardLink(d.entityType, d.entityId);
  protected readonly list = pagedList<DocumentListItem, typeof FILTERS>({
    filters: FILTERS,
    load: (request, filters) => this.docs.documents({ ...request, ...chosen(filters) }),
  });

  protected async download(document: DocumentListItem): Promise<void> {
    try {
      await downloadFile(this.http, this.docs.documentFileUrl(document.id), {});
    } catch (error) {
      await this.fail(error);
    }
  }

  protected async regenerate(document: DocumentListItem): Promise<void> {
    try {
      const version = await firstValueFrom(this.docs.regenerate(document.id));
      this.snackBar.open(this.transloco.translate('docs.regenerated', { number: version.number, version: version.version }), undefined, { duration: 3000 });
      this.list.reload();
    } catch (error) {
      await this.fail(error);
    }
  }

  protected async send(document: DocumentListItem): Promise<void> {
    const ref = this.dialog.open<SendDocumentDialog, SendDocumentData, { sentAt: string }>(SendDocumentDialog, { data: { document } });
    if (await firstValueFrom(ref.afterClosed())) {
      this.snackBar.open(this.transloco.translate('docs.send.sent'), undefined, { duration: 3000 });
      this.list.reload();
    }
  }

  private async fail(error: unknown): Promise<void> {
    this.snackBar.open(problemText(await problemOfAny(error), this.transloco.translate<string>('docs.failed')), 'OK', { duration: 8000 });
  }
}
