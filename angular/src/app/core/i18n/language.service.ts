import { DOCUMENT, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AccountService } from '../../api/services';
import { AuthService } from '../auth/auth.service';
import { asLanguage, Language } from './languages';

/** The UI language: switched at run time and remembered on the user's account. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly account = inject(AccountService);
  private readonly auth = inject(AuthService);
  private readonly document = inject(DOCUMENT);

  readonly current = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });

  /** Shows the UI in `lang` once its translations are loaded. */
  async use(lang: string): Promise<Language> {
    const language = asLanguage(lang);
    await firstValueFrom(this.transloco.load(language));
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
    return language;
  }

  /** The user's choice: switch now, and keep it on the account when signed in. */
  async choose(lang: Language): Promise<void> {
    await this.use(lang);
    if (!this.auth.signedIn()) return;
    try {
      await firstValueFrom(this.account.setMyLanguage({ body: { language: lang } }));
    } catch (error) {
      // The switch already happened on screen; only the account default was not saved.
      console.warn('Could not save the language on the account', error);
    }
  }
}
