import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { Observable, Subject, of, switchMap } from 'rxjs';

export const PRODUCT_NAME = '4M4IoF Roadmap';

// "titles.signIn" (root) or "dashboard.title" (the dashboard scope); anything
// else, such as a partner's name from a resolver, is shown as it is.
const TRANSLATION_KEY = /^[a-z][a-zA-Z0-9-]*(\.[a-zA-Z0-9_-]+)+$/;
const ROOT_NAMESPACE = 'titles';

// Route titles name the page in the chosen language; the product name follows
// it in the tab.
@Injectable({ providedIn: 'root' })
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly pageTitles = new Subject<string | undefined>();

  constructor() {
    super();
    this.pageTitles
      .pipe(
        switchMap((page) => this.translate(page)),
        takeUntilDestroyed(),
      )
      .subscribe((page) =>
        this.title.setTitle(page ? `${page} · ${PRODUCT_NAME}` : PRODUCT_NAME),
      );
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageTitles.next(this.buildTitle(snapshot));
  }

  private translate(page: string | undefined): Observable<string | undefined> {
    if (!page || !TRANSLATION_KEY.test(page)) return of(page);
    const [namespace, ...rest] = page.split('.');
    // selectTranslate follows later language changes too.
    return namespace === ROOT_NAMESPACE
      ? this.transloco.selectTranslate(page)
      : this.transloco.selectTranslate(rest.join('.'), {}, namespace);
  }
}
