import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../core/http/problem-details';
import { NotificationPreferenceDto } from '../api/models';
import { NotificationsService } from '../api/services';
import { DigestSubscription } from './digest-subscription';

/** Which notifications the signed-in user gets, per kind: in the app (the bell) and by e-mail; and the weekly digest. */
@Component({
  selector: 'app-notification-preferences-page',
  imports: [DigestSubscription, FormsModule, MatButtonModule, MatCheckboxModule, TranslocoPipe],
  template: `
    <h1 data-testid="page-title">{{ 'notifications.preferencesTitle' | transloco }}</h1>
    <p class="muted">{{ 'notifications.preferencesHint' | transloco }}</p>
    @if (banner(); as message) {
      <div class="banner" role="alert" data-testid="form-error">{{ message }}</div>
    }
    <table class="preferences">
      <thead>
        <tr>
          <th>{{ 'notifications.kind' | transloco }}</th>
          <th>{{ 'notifications.inApp' | transloco }}</th>
          <th>{{ 'notifications.email' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (item of items(); track item.kind) {
          <tr [attr.data-testid]="'preference-' + item.kind">
            <td>{{ 'notifications.kinds.' + item.kind | transloco }}</td>
            <td><mat-checkbox [(ngModel)]="item.inApp" [attr.data-testid]="'preference-' + item.kind + '-inApp'" /></td>
            <td><mat-checkbox [(ngModel)]="item.email" [attr.data-testid]="'preference-' + item.kind + '-email'" /></td>
          </tr>
        }
      </tbody>
    </table>
    <button mat-flat-button type="button" [disabled]="saving()" (click)="save()" data-testid="preferences-save">
      {{ 'notifications.save' | transloco }}
    </button>
    <app-digest-subscription />
  `,
  styles: `
    .preferences { border-collapse: collapse; margin: 1rem 0; }
    .preferences th, .preferences td { padding: 0.25rem 1rem; text-align: left; }
    .preferences td + td, .preferences th + th { text-align: center; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationPreferencesPage implements OnInit {
  private readonly client = inject(NotificationsService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly items = signal<NotificationPreferenceDto[]>([]);
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    const { items } = await firstValueFrom(this.client.getNotificationPreferences());
    this.items.set(items.map((i) => ({ ...i })));
  }

  protected async save(): Promise<void> {
    this.saving.set(true);
    this.banner.set(null);
    try {
      const { items } = await firstValueFrom(this.client.updateNotificationPreferences({ body: { items: this.items() } }));
      this.items.set(items.map((i) => ({ ...i })));
      this.snackBar.open(this.transloco.translate('notifications.saved'), undefined, { duration: 3000 });
    } catch (error) {
      this.banner.set(problemOf(error)?.detail ?? problemOf(error)?.title ?? this.transloco.translate('notifications.saveFailed'));
    } finally {
      this.saving.set(false);
    }
  }
}
