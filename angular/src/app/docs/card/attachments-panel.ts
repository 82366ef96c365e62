import { HttpClient, HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { downloadFile } from '../../shared/download';
import { DayTimePipe, FileSizePipe } from '../../shared/formats/format.pipes';
import { DocsClient } from '../docs-client';
import { Attachment, DocsEntityType } from '../docs-models';
import { problemOfAny, problemText } from '../docs-problems';

/** A file on its way up: how far it got, or why the server refused it. */
export interface Upload {
  readonly key: number;
  readonly fileName: string;
  readonly size: number;
  /** 0..100. */
  readonly percent: number;
  readonly error: string | null;
}

/**
 * A card's files: dropped or picked (several at once), each uploaded on its own with its progress and its own
 * refusal; listed with thumbnails of images, downloaded and deleted. The same panel on every card.
 */
@Component({
  selector: 'app-attachments-panel',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe, DayTimePipe, FileSizePipe],
  styleUrl: '../docs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .drop {
      border: 2px dashed var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 12px;
      text-align: center;
      margin-bottom: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .drop.over {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
    }
    .thumb {
      width: 48px;
      height: 48px;
      object-fit: cover;
      border-radius: 4px;
    }
    .upload {
      flex: 1 1 100%;
    }
    input[type='file'] {
      display: none;
    }
  `,
  template: `
    <section class="panel" data-testid="attachments-panel">
      <h2>{{ 'docs.attachments.title' | transloco }}</h2>
      <div
        class="drop"
        [class.over]="over()"
        (dragover)="dragOver($event)"
        (dragleave)="over.set(false)"
        (drop)="dropped($event)"
        data-testid="attachments-drop"
      >
        {{ 'docs.attachments.drop' | transloco }}
        <button mat-button type="button" (click)="picker.click()" data-testid="attachments-pick">{{ 'docs.attachments.pick' | transloco }}</button>
        <input #picker type="file" multiple (change)="picked(picker)" data-testid="attachments-input" />
      </div>
      <ul class="items">
        @for (u of uploads(); track u.key) {
          <li data-testid="attachments-upload">
            <span class="name">{{ u.fileName }} <span class="muted small">{{ u.size | fileSize }}</span></span>
            @if (u.error) {
              <span class="line-error" role="alert" data-testid="attachments-upload-error">{{ u.error }}</span>
              <button mat-button type="button" (click)="dismiss(u)" data-testid="attachments-upload-dismiss">{{ 'docs.attachments.dismiss' | transloco }}</button>
            } @else {
              <mat-progress-bar class="upload" mode="determinate" [value]="u.percent" [attr.data-percent]="u.percent" data-testid="attachments-progress" />
            }
          </li>
        }
      </ul>
      @if (error(); as message) {
        <div class="banner" role="alert" data-testid="attachments-error">{{ message }}</div>
      }
      <ul class="items" data-testid="attachments-list">
        @for (a of attachments(); track a.id) {
          <li data-testid="attachments-item">
            @if (thumbnails()[a.id]; as src) {
              <img class="thumb" [src]="src" [alt]="a.fileName" data-testid="attachments-thumbnail" />
            }
            <span class="name">
              <span data-testid="attachments-item-name">{{ a.fileName }}</span>
              <span class="muted small"> · {{ a.size | fileSize }} · {{ a.uploadedByName ?? '—' }} · {{ a.uploadedAt | dayTime }}</span>
            </span>
            <button mat-button type="button" (click)="download(a)" data-testid="attachments-download">{{ 'docs.download' | transloco }}</button>
            <button mat-button type="button" class="danger" (click)="remove(a)" data-testid="attachments-delete">{{ 'docs.delete' | transloco }}</button>
          </li>
        } @empty {
          <li class="muted" data-testid="attachments-empty">{{ 'docs.attachments.empty' | transloco }}</li>
        }
      </ul>
    </section>
  `,
})
export class AttachmentsPanel implements OnInit {
  private readonly docs = inject(DocsClient);
  private readonly http = inject(HttpClient);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  readonly entityType = input.required<DocsEntityType>();
  readonly entityId = input.required<string>();

  protected readonly attachments = signal<Attachment[]>([]);
  protected readonly uploads = signal<Upload[]>([]);
  /** Attachment id → object URL of its thumbnail. */
  protected readonly thumbnails = signal<Record<string, string>>({});
  protected readonly over = signal(false);
  protected readonly error = signal<string | null>(null);
  private nextKey = 1;

  constructor() {
    this.destroyRef.onDestroy(() => Object.values(this.thumbnails()).forEach((url) => URL.revokeObjectURL(url)));
  }

  async ngOnInit(): Promise<void> {
    try {
      const page = await firstValueFrom(this.docs.attachments(this.entityType(), this.entityId()));
      this.attachments.set(page.items);
      page.items.forEach((a) => this.loadThumbnail(a));
    } catch (error) {
      this.error.set(problemText(await problemOfAny(error), this.transloco.translate<string>('docs.failed')));
    }
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.over.set(true);
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    this.upload(Array.from(event.dataTransfer?.files ?? []));
  }

  protected picked(input: HTMLInputElement): void {
    this.upload(Array.from(input.files ?? []));
    input.value = ''; // the same file may be picked again after a refusal
  }

  /** Every file goes up at once, each in its own request. */
  upload(files: File[]): void {
    for (const file of files) {
      const key = this.nextKey++;
      this.uploads.update((list) => [...list, { key, fileName: file.name, size: file.size, percent: 0, error: null }]);
      this.docs
        .upload(this.entityType(), this.entityId(), file)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (event) => {
            if (event.type === HttpEventType.UploadProgress) {
              const percent = event.total ? Math.round((100 * event.loaded) / event.total) : 0;
              this.patchUpload(key, { percent });
            } else if (event.type === HttpEventType.Response) {
              const added = event.body ?? [];
              this.uploads.update((list) => list.filter((u) => u.key !== key));
              this.attachments.update((list) => [...added, ...list]);
              added.forEach((a) => this.loadThumbnail(a));
            }
          },
          error: async (error: unknown) => this.patchUpload(key, { error: await this.refusal(error, file) }),
        });
    }
  }

  protected dismiss(upload: Upload): void {
    this.uploads.update((list) => list.filter((u) => u.key !== upload.key));
  }

  protected async download(attachment: Attachment): Promise<void> {
    try {
      await downloadFile(this.http, this.docs.attachmentFileUrl(attachment.id), {});
    } catch (error) {
      this.error.set(problemText(await problemOfAny(error), this.transloco.translate<string>('docs.failed')));
    }
  }

  protected async remove(attachment: Attachment): Promise<void> {
    if (!(await confirm(this.dialog, this.transloco.translate('docs.attachments.confirmDelete', { fileName: attachment.fileName })))) return;
    try {
      await firstValueFrom(this.docs.deleteAttachment(attachment.id));
      this.attachments.update((list) => list.filter((a) => a.id !== attachment.id));
      const url = this.thumbnails()[attachment.id];
      if (url) URL.revokeObjectURL(url);
    } catch (error) {
      this.error.set(problemText(await problemOfAny(error), this.transloco.translate<string>('docs.failed')));
    }
  }

  /** What the user reads under the file: the server's own words for 413/422, ours when the connection was cut. */
  private async refusal(error: unknown, file: File): Promise<string> {
    const status = statusOf(error);
    const problem = await problemOfAny(error);
    if (status === 413) return problemText(problem, this.transloco.translate<string>('docs.attachments.tooLarge', { fileName: file.name }));
    if (status === 0) return this.transloco.translate<string>('docs.attachments.interrupted');
    return problemText(problem, this.transloco.translate<string>('docs.failed'));
  }

  private patchUpload(key: number, change: Partial<Upload>): void {
    this.uploads.update((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
  }

  private loadThumbnail(attachment: Attachment): void {
    if (!attachment.hasThumbnail) return;
    this.docs
      .thumbnail(attachment.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (blob) => this.thumbnails.update((all) => ({ ...all, [attachment.id]: URL.createObjectURL(blob) })),
        error: () => undefined, // the file is still listed without its picture
      });
  }
}
