import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, OnInit, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, map, startWith } from 'rxjs';
import { statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { downloadFile } from '../../shared/download';
import { DocsClient } from '../docs-client';
import { DocsEntityType, PreviewRequest, TEMPLATE_KINDS, TemplateDto, TemplateError, TemplateField, TemplateFormat, TemplateKind } from '../docs-models';
import { problemOfAny, problemText, templateErrorsOf } from '../docs-problems';
import { PREVIEW_ENTITY_TYPES, PreviewCard } from './preview-card';
import { TemplateFields } from './template-fields';
import { TemplatePreview } from './template-preview';
import { fieldSnippet, insertAt, offsetOf } from './template-text';

/**
 * A document template: its name, kind and number prefix, and either its text (a Scriban template or a built-in
 * form's `key: value` lines) with the merge fields beside it and a live preview on a chosen card, or — for a Word
 * template — its file to replace or download. Routes: /docs/templates/new (?format=docx) and /docs/templates/:id.
 */
@Component({
  selector: 'app-template-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    TranslocoPipe,
    TemplateFields,
    TemplatePreview,
    PreviewCard,
  ],
  templateUrl: './template-editor.page.html',
  styleUrls: ['../docs.scss', './template-editor.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplateEditorPage implements OnInit {
  private readonly docs = inject(DocsClient);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly bodyArea = viewChild<ElementRef<HTMLTextAreaElement>>('bodyArea');

  /** Route parameter; none for a new template. */
  readonly id = input<string>();
  /** Query parameter of a new template: `docx` starts with an upload. */
  readonly formatParam = input<string>(undefined, { alias: 'format' });

  protected readonly kinds = TEMPLATE_KINDS;
  protected readonly fieldExample = fieldSnippet('company.name');
  protected readonly template = signal<TemplateDto | null>(null);
  protected readonly fields = signal<TemplateField[]>([]);
  protected readonly errors = signal<TemplateError[]>([]);
  protected readonly banner = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly notFound = signal(false);
  protected readonly docxFile = signal<File | null>(null);
  protected readonly previewType = signal<DocsEntityType>('deal');
  protected readonly previewId = signal('');

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    kind: new FormControl<TemplateKind>('contract', { nonNullable: true }),
    format: new FormControl<TemplateFormat>('text', { nonNullable: true }),
    numberPrefix: new FormControl('', { nonNullable: true }),
    body: new FormControl('', { nonNullable: true }),
  });
  /** The whole form, disabled controls included (a saved template's kind and format). */
  private readonly value = toSignal(this.form.valueChanges.pipe(startWith(null), map(() => this.form.getRawValue())), { requireSync: true });

  protected readonly format = computed(() => this.value().format);
  protected readonly isDocx = computed(() => this.format() === 'docx');
  /** A new template is text or docx by choice; a built-in form stays a form. */
  protected readonly formats = computed<TemplateFormat[]>(() => {
    const t = this.template();
    return t ? [t.format] : ['text', 'docx'];
  });
  protected readonly prefix = computed(() => this.value().numberPrefix.trim());
  protected readonly lineNumbers = computed(() => Array.from({ length: this.value().body.split('\n').length }, (_, i) => i + 1));
  protected readonly errorLines = computed(() => new Set(this.errors().map((e) => e.line)));
  protected readonly previewTypes = computed<readonly DocsEntityType[]>(() => {
    const own = (this.template()?.entityTypes ?? []).filter((t) => PREVIEW_ENTITY_TYPES.includes(t));
    return own.length ? own : PREVIEW_ENTITY_TYPES;
  });
  protected readonly previewRequest = computed<PreviewRequest | null>(() => {
    const v = this.value();
    const entityId = this.previewId();
    if (this.isDocx() || !entityId) return null;
    return { kind: v.kind, format: v.format, body: v.body, entityType: this.previewType(), entityId };
  });

  async ngOnInit(): Promise<void> {
    void firstValueFrom(this.docs.fields()).then(
      (fields) => this.fields.set(fields),
      () => undefined, // the editor works without its field list
    );
    const id = this.id();
    if (!id) {
      if (this.formatParam() === 'docx') this.form.controls.format.setValue('docx');
      return;
    }
    this.busy.set(true);
    try {
      this.show(await firstValueFrom(this.docs.template(id)));
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.banner.set(problemText(await problemOfAny(error), this.transloco.translate<string>('docs.failed')));
    } finally {
      this.busy.set(false);
    }
  }

  /** Puts `{{ path }}` where the cursor is (over the selection) and leaves the cursor after it. */
  protected insertField(path: string): void {
    const area = this.bodyArea()?.nativeElement;
    if (!area) return;
    const { text, caret } = insertAt(area.value, area.selectionStart, area.selectionEnd, fieldSnippet(path));
    this.form.controls.body.setValue(text);
    area.value = text;
    area.focus();
    area.setSelectionRange(caret, caret);
  }

  /** Puts the cursor where the error is. */
  protected goTo(error: TemplateError): void {
    const area = this.bodyArea()?.nativeElement;
    if (!area) return;
    const offset = offsetOf(area.value, error.line, error.column);
    area.focus();
    area.setSelectionRange(offset, offset);
  }

  protected docxPicked(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    input.value = '';
    if (!file) return;
    this.docxFile.set(file);
    const t = this.template();
    if (t) void this.replaceDocx(t, file);
  }

  protected async save(): Promise<void> {
    const v = this.form.getRawValue();
    const existing = this.template();
    const numberPrefix = v.numberPrefix.trim() || null;
    if (!existing && v.format === 'docx' && !this.docxFile()) {
      this.banner.set(this.transloco.translate<string>('docs.editor.docxNeedsFile'));
      return;
    }
    this.busy.set(true);
    this.banner.set(null);
    try {
      if (existing) {
        const body = existing.format === 'docx' ? existing.body : v.body;
        this.show(await firstValueFrom(this.docs.updateTemplate(existing.id, { name: v.name.trim(), body, numberPrefix })));
        this.errors.set([]);
        this.snackBar.open(this.transloco.translate('docs.editor.saved'), undefined, { duration: 2000 });
        return;
      }
      const created =
        v.format === 'docx'
          ? await firstValueFrom(this.docs.uploadDocxTemplate(this.docxFile()!, v.name.trim(), v.kind, numberPrefix))
          : await firstValueFrom(this.docs.createTemplate({ name: v.name.trim(), kind: v.kind, format: v.format === 'form' ? 'form' : 'text', body: v.body, numberPrefix }));
      this.snackBar.open(this.transloco.translate('docs.editor.saved'), undefined, { duration: 2000 });
      await this.router.navigate(['/docs/templates', created.id], { replaceUrl: true });
    } catch (error) {
      await this.refused(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async delete(): Promise<void> {
    const t = this.template();
    if (!t || !(await confirm(this.dialog, this.transloco.translate('docs.editor.confirmDelete', { name: t.name })))) return;
    try {
      await firstValueFrom(this.docs.deleteTemplate(t.id));
      await this.router.navigate(['/docs/templates']);
    } catch (error) {
      await this.refused(error);
    }
  }

  protected async downloadDocx(): Promise<void> {
    const t = this.template();
    if (!t) return;
    try {
      await downloadFile(this.http, this.docs.templateFileUrl(t.id), {});
    } catch (error) {
      await this.refused(error);
    }
  }

  private async replaceDocx(template: TemplateDto, file: File): Promise<void> {
    this.busy.set(true);
    this.banner.set(null);
    try {
      this.show(await firstValueFrom(this.docs.replaceDocxTemplate(template.id, file)));
      this.snackBar.open(this.transloco.translate('docs.editor.docxReplaced'), undefined, { duration: 2000 });
    } catch (error) {
      await this.refused(error);
    } finally {
      this.busy.set(false);
      this.docxFile.set(null);
    }
  }

  private show(template: TemplateDto): void {
    this.template.set(template);
    this.form.setValue({
      name: template.name,
      kind: template.kind,
      format: template.format,
      numberPrefix: template.numberPrefix ?? '',
      body: template.body ?? '',
    });
    // A saved template's kind and format are what it is; only its texts change.
    this.form.controls.kind.disable({ emitEvent: false });
    this.form.controls.format.disable({ emitEvent: false });
    if (!this.previewTypes().includes(this.previewType())) {
      this.previewType.set(this.previewTypes()[0]);
      this.previewId.set('');
    }
  }

  /** A template that does not compile lists its errors by line; anything else is a banner. */
  private async refused(error: unknown): Promise<void> {
    const problem = await problemOfAny(error);
    const errors = statusOf(error) === 422 ? templateErrorsOf(problem) : [];
    this.errors.set(errors);
    this.banner.set(errors.length ? this.transloco.translate<string>('docs.editor.errorsTitle') : problemText(problem, this.transloco.translate<string>('docs.failed')));
  }
}
