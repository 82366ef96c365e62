import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
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
import { RoleDto, UserDto } from '../../api/models';
import { IdentityService } from '../../api/services';
import { fieldErrors, problemOf, statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';

/** Creates a user, or edits one: details, roles, supervisor; disables, enables, unlocks and resets the password. */
@Component({
  selector: 'app-user-editor-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  templateUrl: './user-editor.page.html',
  styles: `
    .header { display: flex; align-items: center; justify-content: space-between; gap: 16px; }
    .form { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px 16px; max-width: 960px; }
    .wide { grid-column: 1 / -1; }
    .banner { background: #fdecea; color: #8a1c1c; padding: 8px 12px; border-radius: 4px; margin-bottom: 12px; }
    .state { display: flex; gap: 8px; margin: 8px 0 16px; }
    .badge { border-radius: 4px; padding: 2px 8px; font-size: 13px; }
    .off { background: #eee; color: #555; }
    .locked { background: #fdecea; color: #8a1c1c; }
    .ok { background: #e6f4ea; color: #1e6b34; }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-top: 16px; }
    .reset { display: flex; gap: 8px; align-items: center; margin-top: 24px; max-width: 640px; }
    .danger { color: #b3261e; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserEditorPage implements OnInit {
  private readonly identity = inject(IdentityService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly id = input<string>();

  protected readonly isNew = computed(() => !this.id());
  protected readonly loaded = signal<UserDto | null>(null);
  protected readonly roles = signal<RoleDto[]>([]);
  /** Everyone who may supervise this user: any other user. */
  protected readonly supervisors = signal<UserDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});

  protected userName = '';
  protected password = '';
  protected fullName = '';
  protected email = '';
  protected phone = '';
  protected position = '';
  protected supervisorId: string | null = null;
  protected selectedRoles: string[] = [];
  protected newPassword = '';

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      this.roles.set((await firstValueFrom(this.identity.getRoles())).items);
      const everyone = (await firstValueFrom(this.identity.getUsers({ maxResultCount: 1000, sorting: 'fullName' }))).items;
      const id = this.id();
      this.supervisors.set(everyone.filter((u) => u.id !== id));
      if (id) this.apply(await firstValueFrom(this.identity.getUser({ id })));
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.banner.set(this.messageOf(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.banner.set(null);
    this.errors.set({});
    try {
      const details = {
        fullName: this.fullName.trim() || null,
        email: this.email.trim() || null,
        phone: this.phone.trim() || null,
        position: this.position.trim() || null,
        supervisorId: this.supervisorId,
        roles: this.selectedRoles,
      };
      const id = this.id();
      if (id) {
        const saved = await firstValueFrom(
          this.identity.updateUser({ id, body: { ...details, concurrencyStamp: this.loaded()?.concurrencyStamp ?? null } }),
        );
        this.apply(saved);
      } else {
        const created = await firstValueFrom(
          this.identity.createUser({ body: { ...details, userName: this.userName.trim(), password: this.password } }),
        );
        await this.router.navigate(['/admin/users', created.id]);
      }
      this.snackBar.open(this.transloco.translate('user.saved'), undefined, { duration: 3000 });
    } catch (error) {
      this.show(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected async disable(): Promise<void> {
    const user = this.loaded();
    if (!user) return;
    if (!(await confirm(this.dialog, this.transloco.translate('user.confirmDisable', { name: user.fullName })))) return;
    await this.act(() => firstValueFrom(this.identity.disableUser({ id: user.id })), 'user.disabledDone');
  }

  protected async enable(): Promise<void> {
    const user = this.loaded();
    if (user) await this.act(() => firstValueFrom(this.identity.enableUser({ id: user.id })), 'user.enabledDone');
  }

  protected async unlock(): Promise<void> {
    const user = this.loaded();
    if (user) await this.act(() => firstValueFrom(this.identity.unlockUser({ id: user.id })), 'user.unlockedDone');
  }

  protected async resetPassword(): Promise<void> {
    const user = this.loaded();
    if (!user || this.saving()) return;
    this.saving.set(true);
    this.banner.set(null);
    this.errors.set({});
    try {
      await firstValueFrom(this.identity.resetUserPassword({ id: user.id, body: { password: this.newPassword } }));
      this.newPassword = '';
      this.snackBar.open(this.transloco.translate('user.passwordReset'), undefined, { duration: 3000 });
    } catch (error) {
      this.show(error, 'newPassword');
    } finally {
      this.saving.set(false);
    }
  }

  private async act(call: () => Promise<UserDto>, done: string): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.banner.set(null);
    try {
      this.apply(await call());
      this.snackBar.open(this.transloco.translate(done), undefined, { duration: 3000 });
    } catch (error) {
      this.banner.set(this.messageOf(error));
    } finally {
      this.saving.set(false);
    }
  }

  /** Field errors under their fields (the reset form's "password" under its own field), anything else in the banner. */
  private show(error: unknown, passwordField = 'password'): void {
    if (statusOf(error) !== 400) {
      this.banner.set(this.messageOf(error));
      return;
    }
    const byField: Record<string, string> = {};
    for (const [field, messages] of Object.entries(fieldErrors(error)))
      byField[field === 'password' ? passwordField : field] = messages.join(' ');
    this.errors.set(byField);
  }

  private messageOf(error: unknown): string {
    return problemOf(error)?.detail || this.transloco.translate<string>('user.saveFailed');
  }

  private apply(user: UserDto): void {
    this.loaded.set(user);
    this.userName = user.userName;
    this.fullName = user.fullName;
    this.email = user.email ?? '';
    this.phone = user.phone ?? '';
    this.position = user.position ?? '';
    this.supervisorId = user.supervisorId ?? null;
    this.selectedRoles = [...user.roles];
  }
}
