import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { statusOf } from '../../core/http/problem-details';
import { CardEmails } from '../docs-cards';
import { DocsClient } from '../docs-client';
import { DocsEntityType, DocumentListItem, MailStatus } from '../docs-models';
import { problemOfAny, problemText } from '../docs-problems';

export interface SendDocumentData {
  readonly document: DocumentListItem;
  /** The card the document was made from, whose people are offered as recipients. */
  readonly entityType?: DocsEntityType;
  readonly entityId?: string;
}

/** Addresses as typed: separated by commas, semicolons or spaces. */
export function addressesOf(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/**
 * E-mails a document (its latest version attached) to the card's contact with an editable message. When the server
 * has no mail settings the dialog says so before anyone types, and what to configure.
 */
@Component({
  selector: 'app-send-document-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe],
  styleUrl: '../docs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'docs.send.title' | transloco: { number: data.document.number } }}</h2>
    <mat-dialog-content>
      <form class="dialog-fields" [formGroup]="form" (ngSubmit)="send()" id="send-document-form">
        @if (mail(); as m) {
          @if (!m.configured) {
            <div class="banner" role="alert" data-testid="send-smtp-missing">{{ 'docs.send.notConfigured' | transloco }}</div>
          } @else if (m.from) {
            <div class="muted small" data-testid="send-from">{{ 'docs.send.from' | transloco: { from: m.from } }}</div>
          }
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'docs.send.to' | transloco }}</mat-label>
          <input matInput formControlName="to" data-testid="send-to" />
          <mat-hint>{{ 'docs.send.addressesHint' | transloco }}</mat-hint>
        </mat-form-field>
        @if (suggestions().length > 1) {
          <div class="actions small">
            <span class="muted">{{ 'docs.send.suggestions' | transloco }}</span>
            @for (email of suggestions(); track email) {
              <button mat-button type="button" (click)="addRecipient(email)" data-testid="send-suggestion">{{ email }}</button>
            }
          </div>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'docs.send.cc' | transloco }}</mat-label>
          <input matInput formControlName="cc" data-testid="send-cc" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'docs.send.subject' | transloco }}</mat-label>
          <input matInput formControlName="subject" data-testid="send-subject" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'docs.send.message' | transloco }}</mat-label>
          <textarea matInput formControlName="message" rows="8" data-testid="send-message"></textarea>
        </mat-form-field>
        <div class="muted small">{{ 'docs.send.attached' | transloco: { fileName: data.document.fileName } }}</div>
        @if (error(); as message) {
          <div class="banner" role="alert" data-testid="send-error">{{ message }}</div>
        }
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="send-cancel">{{ 'docs.cancel' | transloco }}</button>
      <button mat-flat-button type="submit" form="send-document-form" [disabled]="sending() || mail()?.configured === false" data-testid="send-submit">
        {{ 'docs.send.submit' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
})
export class SendDocumentDialog implements OnInit {
  private readonly docs = inject(DocsClient);
  private readonly emails = inject(CardEmails);
  private readonly transloco = inject(TranslocoService);
  private readonly ref = inject<MatDialogRef<SendDocumentDialog, { sentAt: string }>>(MatDialogRef);
  protected readonly data = inject<SendDocumentData>(MAT_DIALOG_DATA);

  protected readonly mail = signal<MailStatus | null>(null);
  protected readonly suggestions = signal<string[]>([]);
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    to: new FormControl('', { nonNullable: true }),
    cc: new FormControl('', { nonNullable: true }),
    subject: new FormControl('', { nonNullable: true }),
    message: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    const { title, number } = this.data.document;
    const me = inject(AuthService).me();
    const name = me?.fullName || me?.userName || '';
    this.form.patchValue({
      subject: this.transloco.translate<string>('docs.send.defaultSubject', { title, number }),
      message: this.transloco.translate<string>('docs.send.defaultMessage', { title, number, name }),
    });
  }

  async ngOnInit(): Promise<void> {
    const status = firstValueFrom(this.docs.mailStatus()).then(
      (m) => this.mail.set(m),
      () => undefined, // the send itself will say what is wrong
    );
    const emails = this.emails.of(this.data.entityType ?? this.data.document.entityType, this.data.entityId ?? this.data.document.entityId);
    const found = await emails;
    this.suggestions.set(found);
    if (found.length && !this.form.controls.to.value) this.form.controls.to.setValue(found[0]);
    await status;
  }

  protected addRecipient(email: string): void {
    const current = addressesOf(this.form.controls.to.value);
    if (!current.includes(email)) this.form.controls.to.setValue([...current, email].join(', '));
  }

  protected async send(): Promise<void> {
    const to = addressesOf(this.form.controls.to.value);
    if (!to.length) {
      this.error.set(this.transloco.translate<string>('docs.send.noRecipient'));
      return;
    }
    const { cc, subject, message } = this.form.getRawValue();
    this.sending.set(true);
    this.error.set(null);
    try {
      const sent = await firstValueFrom(this.docs.send(this.data.document.id, { to, cc: addressesOf(cc), subject: subject.trim(), message }));
      this.ref.close(sent);
    } catch (error) {
      const problem = await problemOfAny(error);
      if (statusOf(error) === 409 && problem?.['code'] === 'Docs.Smtp.NotConfigured') this.mail.set({ configured: false, from: null });
      this.error.set(problemText(problem, this.transloco.translate<string>('docs.failed')));
    } finally {
      this.sending.set(false);
    }
  }
}
