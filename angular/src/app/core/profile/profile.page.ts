import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AccountService } from '../../api/services';
import { AuthService } from '../auth/auth.service';
import { fieldErrors, problemOf, statusOf } from '../http/problem-details';

/** The signed-in user's own name and password. */
@Component({
  selector: 'app-profile-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, TranslocoPipe],
  template: `
    <h1 data-testid="page-title">{{ 'profile.title' | transloco }}</h1>
    @if (banner(); as message) {
      <div class="banner" role="alert" data-testid="form-error">{{ message }}</div>
    }
    <section>
      <h2>{{ 'profile.nameTitle' | transloco }}</h2>
      <p class="muted">{{ 'profile.userName' | transloco }}: {{ auth.me()?.userName }}</p>
      <form class="row" (ngSubmit)="saveName()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>{{ 'profile.fullName' | transloco }}</mat-label>
          <input matInput name="fullName" [(ngModel)]="fullName" data-testid="profile-full-name" />
          @if (errors()['fullName']; as message) {
            <mat-hint class="danger">{{ message }}</mat-hint>
          }
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="profile-save-name">{{ 'profile.save' | transloco }}</button>
      </form>
    </section>
    <section>
      <h2>{{ 'profile.passwordTitle' | transloco }}</h2>
      <form class="column" (ngSubmit)="changePassword()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>{{ 'profile.currentPassword' | transloco }}</mat-label>
          <input matInput type="password" name="currentPassword" [(ngModel)]="currentPassword" autocomplete="current-password"
                 data-testid="profile-current-password" />
          @if (errors()['currentPassword']; as message) {
            <mat-hint class="danger">{{ message }}</mat-hint>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>{{ 'profile.newPassword' | transloco }}</mat-label>
          <input matInput type="password" name="newPassword" [(ngModel)]="newPassword" autocomplete="new-password"
                 data-testid="profile-new-password" />
          @if (errors()['newPassword']; as message) {
            <mat-hint class="danger">{{ message }}</mat-hint>
          }
        </mat-form-field>
        <p class="muted">{{ 'profile.passwordHint' | transloco }}</p>
        <div>
          <button mat-flat-button type="submit" [disabled]="saving() || !currentPassword || !newPassword" data-testid="profile-change-password">
            {{ 'profile.changePassword' | transloco }}
          </button>
        </div>
      </form>
    </section>
    <p><a routerLink="/notifications/preferences" data-testid="profile-notifications">{{ 'profile.notificationsLink' | transloco }}</a></p>
  `,
  styles: `
    section { margin-bottom: 32px; max-width: 640px; }
    .row { display: flex; gap: 12px; align-items: center; }
    .column { display: flex; flex-direction: column; gap: 12px; }
    .field { flex: 1; }
    .muted { color: #666; }
    .banner { background: #fdecea; color: #8a1c1c; padding: 8px 12px; border-radius: 4px; margin-bottom: 12px; }
    .danger { color: #b3261e; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage implements OnInit {
  protected readonly auth = inject(AuthService);
  private readonly account = inject(AccountService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});

  protected fullName = '';
  protected currentPassword = '';
  protected newPassword = '';

  ngOnInit(): void {
    this.fullName = this.auth.me()?.fullName ?? '';
  }

  protected async saveName(): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.account.updateMe({ body: { fullName: this.fullName.trim() || null } }));
      await this.auth.refresh();
      this.snackBar.open(this.transloco.translate('profile.nameSaved'), undefined, { duration: 3000 });
    });
  }

  protected async changePassword(): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(
        this.account.changePassword({ body: { currentPassword: this.currentPassword, newPassword: this.newPassword } }),
      );
      this.currentPassword = '';
      this.newPassword = '';
      this.snackBar.open(this.transloco.translate('profile.passwordChanged'), undefined, { duration: 3000 });
    });
  }

  private async run(call: () => Promise<void>): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.banner.set(null);
    this.errors.set({});
    try {
      await call();
    } catch (error) {
      if (statusOf(error) === 400) {
        const byField: Record<string, string> = {};
        for (const [field, messages] of Object.entries(fieldErrors(error))) byField[field] = messages.join(' ');
        this.errors.set(byField);
      } else {
        this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('profile.failed'));
      }
    } finally {
      this.saving.set(false);
    }
  }
}
