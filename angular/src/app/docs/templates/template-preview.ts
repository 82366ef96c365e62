import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, from, map, Observable, of, switchMap, tap } from 'rxjs';
import { DocsClient } from '../docs-client';
import { PreviewRequest, TemplateError } from '../docs-models';
import { problemOfAny, problemText, templateErrorsOf } from '../docs-problems';

/** How long typing must pause before the preview is made again: a PDF per keystroke would swamp the server. */
export const PREVIEW_DEBOUNCE_MS = 600;

type Outcome = { readonly pdf: Blob } | { readonly error: unknown; readonly problem: Record<string, unknown> | null };

/**
 * The document as the template would make it from the chosen card, as a PDF in a frame. It is asked for once the
 * template or the card stops changing; a template that does not compile reports its errors to the editor and the
 * last good preview stays.
 */
@Component({
  selector: 'app-template-preview',
  imports: [MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; }
    .frame { width: 100%; height: 70vh; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: #fff; }
    .failed { color: var(--mat-sys-error); margin: 8px 0; }
    .muted { color: var(--mat-sys-on-surface-variant); }
  `,
  template: `
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" data-testid="preview-loading" />
    }
    @if (failed(); as message) {
      <p class="failed" role="alert" data-testid="preview-failed">{{ message }}</p>
    }
    @if (url(); as src) {
      <iframe class="frame" [src]="src" [title]="'docs.preview.frameTitle' | transloco" data-testid="preview-frame"></iframe>
    } @else if (!request()) {
      <p class="muted" data-testid="preview-empty">{{ 'docs.preview.pick' | transloco }}</p>
    }
  `,
})
export class TemplatePreview {
  private readonly docs = inject(DocsClient);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly transloco = inject(TranslocoService);

  /** What to preview; null until a card is chosen. */
  readonly request = input<PreviewRequest | null>(null);
  /** The template's errors of the last preview (empty when it rendered). */
  readonly errors = output<TemplateError[]>();

  protected readonly url = signal<SafeResourceUrl | null>(null);
  protected readonly loading = signal(false);
  protected readonly failed = signal<string | null>(null);
  private objectUrl: string | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.forgetPdf());
    toObservable(this.request)
      .pipe(
        debounceTime(PREVIEW_DEBOUNCE_MS),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        tap((request) => this.loading.set(!!request)),
        switchMap((request) => (request ? this.render(request) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => this.show(outcome));
  }

  private render(request: PreviewRequest): Observable<Outcome> {
    return this.docs.preview(request).pipe(
      map((pdf): Outcome => ({ pdf })),
      catchError((error: unknown) => from(problemOfAny(error)).pipe(map((problem): Outcome => ({ error, problem })))),
    );
  }

  private show(outcome: Outcome | null): void {
    this.loading.set(false);
    if (!outcome) return;
    if ('pdf' in outcome) {
      this.forgetPdf();
      this.objectUrl = URL.createObjectURL(outcome.pdf);
      this.url.set(this.sanitizer.bypassSecurityTrustResourceUrl(this.objectUrl));
      this.failed.set(null);
      this.errors.emit([]);
      return;
    }
    const errors = templateErrorsOf(outcome.problem);
    const status = outcome.error instanceof HttpErrorResponse ? outcome.error.status : 0;
    this.errors.emit(errors);
    this.failed.set(status === 422 && errors.length ? null : problemText(outcome.problem, this.transloco.translate<string>('docs.preview.failed')));
  }

  private forgetPdf(): void {
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = null;
  }
}
