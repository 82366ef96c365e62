import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { OwnerDto, SourceDto, WebFormAssignment, WebFormDto, WebFormFieldDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { OwnerPicker } from '../../shared/pickers/crm-pickers';
import { fieldErrors, problemOf, statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { webFormSnippet } from './snippet';

const FIELD_NAMES = ['name', 'phone', 'email', 'companyName', 'comment'] as const;

@Component({
  selector: 'app-web-form-editor-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    OwnerPicker,
  ],
  templateUrl: './web-form-editor.page.html',
  styles: `
    .header { display: flex; align-items: center; justify-content: space-between; gap: 16px; }
    .form { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px 16px; max-width: 960px; }
    .wide { grid-column: 1 / -1; }
    .fields { border-collapse: collapse; }
    .fields td, .fields th { padding: 4px 12px; text-align: left; }
    .banner { background: #fdecea; color: #8a1c1c; padding: 8px 12px; border-radius: 4px; margin-bottom: 12px; }
    .actions { display: flex; gap: 8px; }
    .snippet { width: 100%; min-height: 260px; font-family: monospace; font-size: 12px; }
    .danger { color: #b3261e; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WebFormEditorPage implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly clipboard = inject(Clipboard);
  private readonly transloco = inject(TranslocoService);

  readonly id = input<string>();

  protected readonly fieldNames = FIELD_NAMES;
  protected readonly isNew = computed(() => !this.id());
  protected readonly loaded = signal<WebFormDto | null>(null);
  protected readonly sources = signal<SourceDto[]>([]);
  /** Active sales managers and directors; empty when they cannot be read, and the owner is then typed as an id. */
  protected readonly users = signal<OwnerDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});

  protected name = '';
  protected ownerId = '';
  /** The saved owner's name, from Crm's copy of people (also for an owner no longer offered). */
  protected readonly ownerName = signal<string | null>(null);
  protected sourceId: string | null = null;
  protected assignment: WebFormAssignment = 'owner';
  protected roundRobinUserIds: string[] = [];
  protected isActive = true;
  protected successMessage = '';
  protected fields: WebFormFieldDto[] = FIELD_NAMES.map((name) => ({
    name,
    shown: name !== 'companyName',
    required: name === 'name',
  }));

  protected readonly snippet = computed(() => {
    const form = this.loaded();
    if (!form) return '';
    const t = (key: string) => this.transloco.translate<string>(key);
    return webFormSnippet(form, window.location.origin, {
      name: t('webForm.fieldNames.name'),
      phone: t('webForm.fieldNames.phone'),
      email: t('webForm.fieldNames.email'),
      companyName: t('webForm.fieldNames.companyName'),
      comment: t('webForm.fieldNames.comment'),
      send: t('webForm.send'),
    });
  });

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      this.sources.set((await firstValueFrom(this.crm.getSources({ maxResultCount: 1000 }))).items);
      try {
        this.users.set((await firstValueFrom(this.crm.getCrmOwners({ maxResultCount: 1000 }))).items);
      } catch {
        this.users.set([]);
      }
      const id = this.id();
      if (id) this.apply(await firstValueFrom(this.crm.getWebForm({ id })));
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('webForm.saveFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected userName(id: string): string {
    return this.users().find((u) => u.id === id)?.fullName ?? id;
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.banner.set(null);
    this.errors.set({});
    try {
      const body = {
        name: this.name.trim(),
        ownerId: this.ownerId.trim() || null,
        sourceId: this.sourceId,
        fields: this.fields,
        assignment: this.assignment,
        roundRobinUserIds: this.assignment === 'roundRobin' ? this.roundRobinUserIds : [],
        isActive: this.isActive,
        successMessage: this.successMessage.trim() || null,
        concurrencyStamp: this.loaded()?.concurrencyStamp ?? null,
      };
      const id = this.id();
      const saved = id
        ? await firstValueFrom(this.crm.updateWebForm({ id, body }))
        : await firstValueFrom(this.crm.createWebForm({ body }));
      this.snackBar.open(this.transloco.translate('webForm.saved'), undefined, { duration: 3000 });
      if (id) this.apply(saved);
      else await this.router.navigate(['/crm/web-forms', saved.id]);
    } catch (error) {
      if (statusOf(error) === 400) {
        const byField: Record<string, string> = {};
        for (const [field, messages] of Object.entries(fieldErrors(error))) byField[field] = messages.join(' ');
        this.errors.set(byField);
      } else {
        this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('webForm.saveFailed'));
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected async delete(): Promise<void> {
    const form = this.loaded();
    if (!form) return;
    if (!(await confirm(this.dialog, this.transloco.translate('webForm.confirmDelete', { name: form.name })))) return;
    try {
      await firstValueFrom(this.crm.deleteWebForm({ id: form.id }));
      this.snackBar.open(this.transloco.translate('webForm.deleted'), undefined, { duration: 3000 });
      await this.router.navigate(['/crm/web-forms']);
    } catch (error) {
      this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('webForm.saveFailed'));
    }
  }

  protected copySnippet(): void {
    this.clipboard.copy(this.snippet());
    this.snackBar.open(this.transloco.translate('webForm.copied'), undefined, { duration: 2000 });
  }

  private apply(form: WebFormDto): void {
    this.loaded.set(form);
    this.name = form.name;
    this.ownerId = form.ownerId;
    this.ownerName.set(form.ownerName ?? null);
    this.sourceId = form.sourceId;
    this.assignment = form.assignment;
    this.roundRobinUserIds = [...form.roundRobinUserIds];
    this.isActive = form.isActive;
    this.successMessage = form.successMessage ?? '';
    this.fields = form.fields.map((f) => ({ ...f }));
  }
}
