import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { OwnerDto, TimelineItemDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { problemOf } from '../../core/http/problem-details';
import { allocationsOf, changesOf, detail, formatDuration, iconOf, mentionAt, mentionParts, newestFirst, shipmentLinesOf, withMention } from './timeline-view';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';

export const TIMELINE_PAGE = 50;

/**
 * A card's history, newest first, with a composer for comments, calls, e-mails and meetings. Reusable on every card:
 * `<suite-timeline entityType="deal" [entityId]="id" />`.
 */
@Component({
  selector: 'suite-timeline',
  imports: [
    FORMAT_PIPES,
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatTabsModule,
    TranslocoPipe,
  ],
  templateUrl: './timeline.component.html',
  styleUrl: './timeline.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimelineComponent {
  private readonly crm = inject(CrmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly auth = inject(AuthService);

  readonly entityType = input.required<string>();
  readonly entityId = input.required<string>();

  protected readonly items = signal<TimelineItemDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly failed = signal(false);
  protected readonly canWrite = this.auth.hasPermission('Crm.Timeline.Write');
  /** Full names by id of the users records may be given to, for owner changes; authors come with their items. */
  protected readonly userNames = signal<Map<string, string>>(new Map());
  protected readonly sorted = computed(() => newestFirst(this.items()));
  protected readonly hasMore = computed(() => this.items().length < this.total());

  // No required validator: after a reset the submitted form would show the empty field as an error.
  protected readonly comment = this.fb.group({ text: [''] });
  protected readonly call = this.fb.group({
    direction: ['outgoing'],
    minutes: [0, [Validators.required, Validators.min(0)]],
    seconds: [0, [Validators.required, Validators.min(0), Validators.max(59)]],
    result: [''],
    note: [''],
  });
  protected readonly email = this.fb.group({
    direction: ['outgoing' as 'incoming' | 'outgoing'],
    subject: ['', Validators.required],
    address: [''],
    note: [''],
  });
  protected readonly meeting = this.fb.group({
    subject: ['', Validators.required],
    startsAt: [localNow(), Validators.required],
    durationMinutes: [60, [Validators.required, Validators.min(1)]],
    place: [''],
    note: [''],
  });

  protected readonly icon = iconOf;
  protected readonly changes = changesOf;
  protected readonly detail = detail;
  protected readonly shipmentLines = shipmentLinesOf;
  protected readonly allocations = allocationsOf;
  protected readonly duration = formatDuration;
  protected readonly parts = mentionParts;

  /** People offered while an @word is typed in the comment: Crm's people, by name or user name. */
  protected readonly mentionOptions = signal<OwnerDto[]>([]);
  private mention: { start: number; caret: number } | null = null;
  private mentionSearch = 0;

  constructor() {
    void this.loadUserNames();
    effect(() => {
      const type = this.entityType();
      const id = this.entityId();
      if (type && id) void this.reload();
    });
  }

  /** Reloads the first page; the card calls it after it changed the entity itself. */
  async reload(): Promise<void> {
    await this.load(0);
  }

  protected async more(): Promise<void> {
    await this.load(this.items().length);
  }

  /** A user's name where it is known, else the id as stored. */
  protected userName(id: string | null): string | null {
    return id === null ? null : (this.userNames().get(id) ?? id);
  }

  /** Old and new values as the reader knows them: owners by name. */
  protected value(field: string, value: string | null): string | null {
    return field === 'ownerId' ? this.userName(value) : value;
  }

  private async loadUserNames(): Promise<void> {
    const me = this.auth.me();
    const names = new Map<string, string>(me ? [[me.id, me.userName]] : []);
    this.userNames.set(names);
    try {
      const owners = await firstValueFrom(this.crm.getCrmOwners({ maxResultCount: 1000 }));
      this.userNames.set(new Map([...names, ...owners.items.map((u) => [u.id, u.fullName] as [string, string])]));
    } catch {
      // Names are a convenience; ids still say who it was.
    }
  }

  protected fieldName(field: string): string {
    const key = `timeline.fields.${field}`;
    const translated = this.transloco.translate<string>(key);
    return translated === key ? field : translated;
  }

  protected async addComment(): Promise<void> {
    const text = this.comment.getRawValue().text.trim();
    if (!text) return;
    await this.write(async () => {
      await firstValueFrom(this.crm.addTimelineComment({ body: { ...this.target(), text } }));
      this.comment.reset();
      this.closeMentions();
    });
  }

  /** Offers people when the word at the caret starts with @. */
  protected async onCommentInput(area: HTMLTextAreaElement): Promise<void> {
    const caret = area.selectionStart ?? area.value.length;
    const at = mentionAt(area.value, caret);
    const search = ++this.mentionSearch;
    if (!at) return this.closeMentions();
    this.mention = { start: at.start, caret };
    try {
      const page = await firstValueFrom(this.crm.getCrmOwners({ filter: at.query || undefined, maxResultCount: 8 }));
      if (search === this.mentionSearch) this.mentionOptions.set(page.items);
    } catch {
      // Completion is a convenience; the name can still be typed.
      this.mentionOptions.set([]);
    }
  }

  protected pickMention(area: HTMLTextAreaElement, person: OwnerDto): void {
    if (!this.mention) return;
    const next = withMention(area.value, this.mention.start, this.mention.caret, person.userName);
    this.comment.controls.text.setValue(next.text);
    this.closeMentions();
    area.focus();
    area.setSelectionRange(next.caret, next.caret);
  }

  protected closeMentions(): void {
    this.mention = null;
    this.mentionOptions.set([]);
  }

  protected async addCall(form: FormGroupDirective): Promise<void> {
    if (this.call.invalid) return this.call.markAllAsTouched();
    const v = this.call.getRawValue();
    await this.write(async () => {
      await firstValueFrom(this.crm.addTimelineCall({
        body: {
          ...this.target(),
          direction: v.direction,
          durationSeconds: Number(v.minutes) * 60 + Number(v.seconds),
          result: v.result.trim() || null,
          note: v.note.trim() || null,
        },
      }));
      form.resetForm({ direction: 'outgoing', minutes: 0, seconds: 0, result: '', note: '' });
    });
  }

  protected async addEmail(form: FormGroupDirective): Promise<void> {
    if (this.email.invalid) return this.email.markAllAsTouched();
    const v = this.email.getRawValue();
    await this.write(async () => {
      await firstValueFrom(this.crm.addTimelineEmail({
        body: {
          ...this.target(),
          direction: v.direction,
          subject: v.subject.trim(),
          address: v.address.trim() || null,
          note: v.note.trim() || null,
        },
      }));
      form.resetForm({ direction: 'outgoing', subject: '', address: '', note: '' });
    });
  }

  protected async addMeeting(form: FormGroupDirective): Promise<void> {
    if (this.meeting.invalid) return this.meeting.markAllAsTouched();
    const v = this.meeting.getRawValue();
    await this.write(async () => {
      await firstValueFrom(this.crm.addTimelineMeeting({
        body: {
          ...this.target(),
          subject: v.subject.trim(),
          startsAt: new Date(v.startsAt).toISOString(),
          durationMinutes: Number(v.durationMinutes),
          place: v.place.trim() || null,
          note: v.note.trim() || null,
        },
      }));
      form.resetForm({ subject: '', startsAt: localNow(), durationMinutes: 60, place: '', note: '' });
    });
  }

  private target() {
    return { entityType: this.entityType(), entityId: this.entityId() };
  }

  private async write(action: () => Promise<void>): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    try {
      await action();
      await this.reload();
    } catch (error) {
      const problem = problemOf(error);
      this.snackBar.open(problem?.detail || problem?.title || this.transloco.translate<string>('timeline.saveFailed'), 'OK', {
        duration: 8000,
      });
    } finally {
      this.saving.set(false);
    }
  }

  private async load(skipCount: number): Promise<void> {
    this.loading.set(true);
    this.failed.set(false);
    try {
      const page = await firstValueFrom(
        this.crm.getTimeline({ entityType: this.entityType(), entityId: this.entityId(), skipCount, maxResultCount: TIMELINE_PAGE }),
      );
      this.items.set(skipCount === 0 ? page.items : [...this.items(), ...page.items]);
      this.total.set(Number(page.totalCount));
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}

/** Now, as a datetime-local input wants it. */
function localNow(): string {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
