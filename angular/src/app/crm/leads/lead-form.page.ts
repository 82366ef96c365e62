import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LeadDto, LeadInput, LeadStatus, SourceDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { fieldErrors, problemOf, statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { TimelineComponent } from '../card/timeline.component';
import { CardDocs } from '../../docs/card/card-docs';
import { CardTasksComponent } from '../../tasks/card-tasks/card-tasks';
import { openConvertDialog } from './convert-dialog';
import { askJunkReason } from './junk-dialog';

export const LEAD_TEXT_FIELDS = ['title', 'name', 'phone', 'email', 'companyName', 'taxId'] as const;
type TextField = (typeof LEAD_TEXT_FIELDS)[number] | 'comment';

@Component({
  selector: 'app-lead-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    TimelineComponent,
    CardDocs,
    CardTasksComponent,
  ],
  templateUrl: './lead-form.page.html',
  styles: `
    @use '../../shared/breakpoints' as bp;
    .header { display: flex; align-items: center; justify-content: space-between; gap: 16px; flex-wrap: wrap; }
    .subtitle { font-weight: normal; margin-left: 8px; color: #666; }
    .form { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(260px, 100%), 1fr)); gap: 12px 16px; max-width: 960px; }
    .wide { grid-column: 1 / -1; }
    .banner { background: #fdecea; color: #8a1c1c; padding: 8px 12px; border-radius: 4px; margin-bottom: 12px; }
    .info { background: #e8f5e9; padding: 8px 12px; border-radius: 4px; margin-bottom: 12px; display: flex; gap: 12px; align-items: center; }
    .junk { background: #eeeeee; padding: 8px 12px; border-radius: 4px; margin-bottom: 12px; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .danger { color: #b3261e; }
    .lead-layout.with-timeline { display: grid; grid-template-columns: minmax(320px, 1fr) minmax(320px, 1fr); gap: 24px; align-items: start; }
    @include bp.narrow { .lead-layout.with-timeline { grid-template-columns: minmax(0, 1fr); } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeadFormPage implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly timeline = viewChild(TimelineComponent);

  /** Route parameter; absent on /crm/leads/new. */
  readonly id = input<string>();

  protected readonly fields = LEAD_TEXT_FIELDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [''],
    name: [''],
    phone: [''],
    email: [''],
    companyName: [''],
    taxId: [''],
    comment: [''],
    sourceId: [null as string | null],
    status: ['new' as LeadStatus],
  });

  protected readonly isNew = computed(() => !this.id());
  protected readonly loaded = signal<LeadDto | null>(null);
  protected readonly converted = computed(() => this.loaded()?.status === 'converted');
  protected readonly sources = signal<SourceDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  protected readonly banner = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      this.sources.set((await firstValueFrom(this.crm.getSources({ maxResultCount: 1000 }))).items);
      const id = this.id();
      if (id) this.apply(await firstValueFrom(this.crm.getLead({ id })));
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('lead.saveFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected errorOf(field: TextField): string | null {
    const control = this.form.controls[field];
    if (!control.errors || !(control.touched || control.dirty)) return null;
    return (control.errors['server'] as string) ?? null;
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.banner.set(null);
    try {
      const id = this.id();
      const body = this.toInput();
      if (id) {
        this.apply(await firstValueFrom(this.crm.updateLead({ id, body })));
        this.snackBar.open(this.transloco.translate('lead.saved'), undefined, { duration: 3000 });
      } else {
        const created = await firstValueFrom(this.crm.createLead({ body }));
        this.snackBar.open(this.transloco.translate('lead.saved'), undefined, { duration: 3000 });
        await this.router.navigate(['/crm/leads', created.id]);
      }
    } catch (error) {
      this.showError(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected async markJunk(): Promise<void> {
    const lead = this.loaded();
    if (!lead) return;
    const reason = await askJunkReason(this.dialog);
    if (!reason) return;
    try {
      this.apply(await firstValueFrom(this.crm.markLeadJunk({ id: lead.id, body: { reason } })));
    } catch (error) {
      this.showError(error);
    }
  }

  protected async convert(): Promise<void> {
    const lead = this.loaded();
    if (!lead) return;
    const result = await openConvertDialog(this.dialog, lead);
    if (!result) return;
    this.snackBar.open(this.transloco.translate('convertDialog.done'), undefined, { duration: 4000 });
    this.apply(await firstValueFrom(this.crm.getLead({ id: lead.id })));
  }

  protected async delete(): Promise<void> {
    const lead = this.loaded();
    if (!lead) return;
    if (!(await confirm(this.dialog, this.transloco.translate('lead.confirmDelete', { title: lead.title })))) return;
    try {
      await firstValueFrom(this.crm.deleteLead({ id: lead.id }));
      this.snackBar.open(this.transloco.translate('lead.deleted'), undefined, { duration: 3000 });
      await this.router.navigate(['/crm/leads']);
    } catch (error) {
      this.showError(error);
    }
  }

  private apply(lead: LeadDto): void {
    const changed = this.loaded()?.id === lead.id;
    this.loaded.set(lead);
    // Changes reach the timeline through the event bus, a moment later.
    if (changed) setTimeout(() => void this.timeline()?.reload(), 1000);
    this.form.reset({
      title: lead.title,
      name: lead.name ?? '',
      phone: lead.phone ?? '',
      email: lead.email ?? '',
      companyName: lead.companyName ?? '',
      taxId: lead.taxId ?? '',
      comment: lead.comment ?? '',
      sourceId: lead.sourceId,
      status: lead.status,
    });
    if (lead.status === 'converted') this.form.disable();
    else this.form.enable();
  }

  private toInput(): LeadInput {
    const value = this.form.getRawValue();
    const text = (v: string) => v.trim() || null;
    const loaded = this.loaded();
    return {
      title: text(value.title),
      name: text(value.name),
      phone: text(value.phone),
      email: text(value.email),
      companyName: text(value.companyName),
      taxId: text(value.taxId),
      comment: text(value.comment),
      sourceId: value.sourceId,
      // Junk is left through the status field (back to new or in work); junk itself has its own action.
      status: value.status === 'new' || value.status === 'inWork' ? value.status : null,
      ownerId: loaded?.ownerId ?? null,
      concurrencyStamp: loaded?.concurrencyStamp ?? null,
    };
  }

  private showError(error: unknown): void {
    const status = statusOf(error);
    if (status === 400) {
      const unplaced: string[] = [];
      for (const [field, messages] of Object.entries(fieldErrors(error))) {
        const control = field in this.form.controls ? this.form.controls[field as TextField] : null;
        if (control) {
          control.setErrors({ ...control.errors, server: messages.join(' ') });
          control.markAsTouched();
        } else {
          unplaced.push(...messages);
        }
      }
      this.banner.set(unplaced.length ? unplaced.join(' ') : null);
      return;
    }
    if (status === 404) {
      this.notFound.set(true);
      return;
    }
    const problem = problemOf(error);
    const message: string = problem?.detail || problem?.title || this.transloco.translate<string>('lead.saveFailed');
    this.banner.set(message);
    this.snackBar.open(message, 'OK', { duration: 8000 });
  }
}
