import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CompanySettingsDto } from '../api/models';
import { SettingsService } from '../api/services';
import { fieldErrors, problemOf } from '../core/http/problem-details';
import { TIME_ZONES, utcOffset } from './time-zones';
import { WorkingCalendarSection } from './working-calendar.section';

/**
 * The company settings (admins): the time zone whose calendar days are "today", document dates and report periods,
 * and the working calendar.
 */
@Component({
  selector: 'app-company-settings-page',
  imports: [FormsModule, MatFormFieldModule, MatSelectModule, MatButtonModule, TranslocoPipe, WorkingCalendarSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .form { display: flex; flex-direction: column; gap: 16px; max-width: 520px; }
    .hint { color: var(--mat-sys-on-surface-variant, #555); margin: 0; }
    .banner { padding: 12px 16px; margin-bottom: 16px; border-radius: 4px; background: #fdecea; color: #611a15; }
  `,
  template: `
    <h1 data-testid="page-title">{{ 'settings.title' | transloco }}</h1>
    @if (banner(); as message) {
      <div class="banner" role="alert" data-testid="form-error">{{ message }}</div>
    }
    @if (settings()) {
      <form class="form" (ngSubmit)="save()">
        <p class="hint">{{ 'settings.timeZoneHint' | transloco }}</p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'settings.timeZone' | transloco }}</mat-label>
          <mat-select [(ngModel)]="timeZone" name="timeZone" data-testid="settings-time-zone">
            @for (zone of zones(); track zone) {
              <mat-option [value]="zone">{{ label(zone) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <div>
          <button mat-flat-button type="submit" data-testid="settings-save">{{ 'settings.save' | transloco }}</button>
        </div>
      </form>
      <app-working-calendar-section />
    }
  `,
})
export class CompanySettingsPage implements OnInit {
  private readonly api = inject(SettingsService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly settings = signal<CompanySettingsDto | null>(null);
  protected readonly banner = signal<string | null>(null);
  protected timeZone = '';
  /** The offered zones, plus the stored one if it is not among them (set through the API). */
  protected readonly zones = computed(() => {
    const stored = this.settings()?.timeZone;
    return stored && !TIME_ZONES.includes(stored) ? [stored, ...TIME_ZONES] : TIME_ZONES;
  });

  async ngOnInit(): Promise<void> {
    try {
      this.apply(await firstValueFrom(this.api.getCompanySettings()));
    } catch (error) {
      this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('settings.loadFailed'));
    }
  }

  protected label(zone: string): string {
    const key = `settings.zones.${zone}`;
    const name = this.transloco.translate<string>(key);
    return `${name === key ? zone : name} (${utcOffset(zone)})`;
  }

  private apply(s: CompanySettingsDto): void {
    this.timeZone = s.timeZone;
    this.settings.set(s);
  }

  protected async save(): Promise<void> {
    this.banner.set(null);
    try {
      const saved = await firstValueFrom(
        this.api.updateCompanySettings({
          body: { timeZone: this.timeZone, concurrencyStamp: this.settings()?.concurrencyStamp },
        }),
      );
      this.apply(saved);
      this.snackBar.open(this.transloco.translate('settings.saved'), undefined, { duration: 3000 });
    } catch (error) {
      const problem = problemOf(error);
      const fields = Object.values(fieldErrors(error)).flat();
      this.banner.set(fields.length ? fields.join(' ') : problem?.detail || problem?.title || this.transloco.translate<string>('settings.failed'));
    }
  }
}
