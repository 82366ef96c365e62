import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { fieldErrors, problemOf } from '../core/http/problem-details';
import { WorkingCalendarDto } from '../api/models';
import { SettingsService } from '../api/services';

type DayList = 'holidays' | 'workdays';

/** The company's working days (admins): weekend days, holidays and worked weekend days, for "due in N working days". */
@Component({
  selector: 'app-working-calendar-section',
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatChipsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .section { display: flex; flex-direction: column; gap: 12px; max-width: 640px; margin-top: 32px; }
    .hint { color: var(--mat-sys-on-surface-variant, #555); margin: 0; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .banner { padding: 12px 16px; border-radius: 4px; background: #fdecea; color: #611a15; }
  `,
  template: `
    <section class="section" data-testid="working-calendar">
      <h2>{{ 'settings.calendar.title' | transloco }}</h2>
      <p class="hint">{{ 'settings.calendar.hint' | transloco }}</p>
      @if (banner(); as message) {
        <div class="banner" role="alert" data-testid="calendar-error">{{ message }}</div>
      }
      @if (calendar(); as c) {
        <h3>{{ 'settings.calendar.weekendDays' | transloco }}</h3>
        <div class="row">
          @for (d of weekdays; track d) {
            <mat-checkbox [checked]="c.weekendDays.includes(d)" (change)="toggleWeekend(d, $event.checked)" [attr.data-testid]="'calendar-weekend-' + d">
              {{ 'settings.calendar.day.' + d | transloco }}
            </mat-checkbox>
          }
        </div>
        @for (list of lists; track list) {
          <h3>{{ 'settings.calendar.' + list | transloco }}</h3>
          <mat-chip-set [attr.data-testid]="'calendar-' + list">
            @for (day of c[list]; track day) {
              <mat-chip (removed)="remove(list, day)">
                {{ day }}
                <button matChipRemove [attr.aria-label]="('settings.calendar.remove' | transloco) + ' ' + day">×</button>
              </mat-chip>
            } @empty {
              <span class="hint">{{ 'settings.calendar.none' | transloco }}</span>
            }
          </mat-chip-set>
          <div class="row">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'settings.calendar.date' | transloco }}</mat-label>
              <input matInput type="date" [(ngModel)]="adding[list]" [name]="list + 'New'" [attr.data-testid]="'calendar-' + list + '-new'" />
            </mat-form-field>
            <button mat-stroked-button type="button" (click)="add(list)" [disabled]="!adding[list]" [attr.data-testid]="'calendar-' + list + '-add'">
              {{ 'settings.calendar.add' | transloco }}
            </button>
          </div>
        }
        <div>
          <button mat-flat-button type="button" (click)="save()" data-testid="calendar-save">{{ 'settings.calendar.save' | transloco }}</button>
        </div>
      }
    </section>
  `,
})
export class WorkingCalendarSection implements OnInit {
  private readonly api = inject(SettingsService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly weekdays = [1, 2, 3, 4, 5, 6, 7];
  protected readonly lists: DayList[] = ['holidays', 'workdays'];
  protected readonly calendar = signal<WorkingCalendarDto | null>(null);
  protected readonly banner = signal<string | null>(null);
  protected adding: Record<DayList, string> = { holidays: '', workdays: '' };

  async ngOnInit(): Promise<void> {
    try {
      this.calendar.set(await firstValueFrom(this.api.getWorkingCalendar()));
    } catch (error) {
      this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('settings.loadFailed'));
    }
  }

  protected toggleWeekend(day: number, off: boolean): void {
    this.change((c) => ({ ...c, weekendDays: off ? [...c.weekendDays, day].sort() : c.weekendDays.filter((d) => d !== day) }));
  }

  protected add(list: DayList): void {
    const day = this.adding[list];
    if (!day) return;
    this.change((c) => ({ ...c, [list]: [...new Set([...c[list], day])].sort() }));
    this.adding = { ...this.adding, [list]: '' };
  }

  protected remove(list: DayList, day: string): void {
    this.change((c) => ({ ...c, [list]: c[list].filter((d) => d !== day) }));
  }

  protected async save(): Promise<void> {
    const calendar = this.calendar();
    if (!calendar) return;
    this.banner.set(null);
    try {
      this.calendar.set(await firstValueFrom(this.api.updateWorkingCalendar({ body: calendar })));
      this.snackBar.open(this.transloco.translate('settings.calendar.saved'), undefined, { duration: 3000 });
    } catch (error) {
      const problem = problemOf(error);
      const fields = Object.values(fieldErrors(error)).flat();
      this.banner.set(fields.length ? fields.join(' ') : problem?.detail || problem?.title || this.transloco.translate<string>('settings.calendar.failed'));
    }
  }

  private change(update: (c: WorkingCalendarDto) => WorkingCalendarDto): void {
    const c = this.calendar();
    if (c) this.calendar.set(update(c));
  }
}
