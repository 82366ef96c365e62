import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DigestSubscriptionDto } from '../api/models';
import { NotificationsService } from '../api/services';
import { problemOf } from '../core/http/problem-details';

/**
 * The weekly digest: a letter every Monday with the week's key figures and a workbook attached,
 * and "send now" to try it. Shown only to a user who may see some of its figures; the address is
 * their own e-mail, read-only.
 */
@Component({
  selector: 'app-digest-subscription',
  imports: [DatePipe, MatButtonModule, MatSlideToggleModule, TranslocoPipe],
  template: `
    @if (digest(); as d) {
      @if (d.canSubscribe) {
        <section class="digest" data-testid="digest">
          <h2>{{ 'notifications.digest.title' | transloco }}</h2>
          <mat-slide-toggle
            [checked]="d.weekly"
            [disabled]="busy()"
            (change)="toggle($event.checked)"
            data-testid="digest-weekly"
          >
            {{ 'notifications.digest.weekly' | transloco }}
          </mat-slide-toggle>
          <p class="muted" data-testid="digest-email">
            @if (d.email) {
              {{ 'notifications.digest.sentTo' | transloco: { email: d.email } }}
            } @else {
              {{ 'notifications.digest.noEmail' | transloco }}
            }
          </p>
          @if (!d.mailConfigured) {
            <p class="muted" data-testid="digest-no-mail">
              {{ 'notifications.digest.mailOff' | transloco }}
            </p>
          }
          @if (d.lastSentAt) {
            <p class="muted" data-testid="digest-last-sent">
              {{
                'notifications.digest.lastSent'
                  | transloco: { at: (d.lastSentAt | date: 'dd.MM.yyyy HH:mm') }
              }}
            </p>
          }
          @if (error(); as message) {
            <div class="banner" role="alert" data-testid="digest-error">
              {{ message }}
            </div>
          }
          <button
            mat-stroked-button
            type="button"
            [disabled]="busy() || !d.email || !d.mailConfigured"
            (click)="sendNow()"
            data-testid="digest-send-now"
          >
            {{ 'notifications.digest.sendNow' | transloco }}
          </button>
        </section>
      }
    }
  `,
  styles: `
    .digest { margin-top: 2rem; max-width: 640px; }
    .muted { color: #666; }
    .banner {
      background: #fdecea;
      color: #8a1c1c;
      padding: 8px 12px;
      border-radius: 4px;
      margin: 8px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DigestSubscription implements OnInit {
  private readonly notifications = inject(NotificationsService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly digest = signal<DigestSubscriptionDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    this.digest.set(await firstValueFrom(this.notifications.getDigestSubscription()));
  }

  protected toggle(weekly: boolean): Promise<void> {
    return this.run(async () => {
      const body = { weekly };
      this.digest.set(await firstValueFrom(this.notifications.updateDigestSubscription({ body })));
      this.say(weekly ? 'notifications.digest.on' : 'notifications.digest.off');
    });
  }

  protected sendNow(): Promise<void> {
    return this.run(async () => {
      const sent = await firstValueFrom(this.notifications.sendDigestNow());
      this.digest.update((d) => (d ? { ...d, lastSentAt: sent.sentAt } : d));
      this.say('notifications.digest.sent');
    });
  }

  private say(key: string): void {
    this.snackBar.open(this.transloco.translate(key), undefined, { duration: 3000 });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      const problem = problemOf(error);
      const fallback = this.transloco.translate('notifications.digest.failed');
      this.error.set(problem?.detail ?? problem?.title ?? fallback);
      // The toggle shows what the server holds, not what was clicked.
      this.digest.set(await firstValueFrom(this.notifications.getDigestSubscription()));
    } finally {
      this.busy.set(false);
    }
  }
}
