import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from './language.service';
import { Language, LANGUAGES } from './languages';

@Component({
  selector: 'app-language-switch',
  imports: [MatButtonToggleModule, TranslocoPipe],
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [value]="language.current()"
      [attr.aria-label]="'app.language' | transloco"
    >
      @for (lang of languages; track lang) {
        <mat-button-toggle [value]="lang" [attr.data-testid]="'lang-' + lang" (click)="choose(lang)">
          {{ lang.toUpperCase() }}
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    mat-button-toggle-group {
      --mat-button-toggle-height: 32px;
      --mat-button-toggle-background-color: var(--mat-sys-surface);
      --mat-button-toggle-selected-state-background-color: var(--mat-sys-primary);
      --mat-button-toggle-selected-state-text-color: var(--mat-sys-on-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);
  protected readonly languages = LANGUAGES;

  protected choose(lang: Language): void {
    if (lang !== this.language.current()) void this.language.choose(lang);
  }
}
