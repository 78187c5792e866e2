import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { distinctUntilChanged, filter, map, skip } from 'rxjs';
import { SiteFooter } from './core/shell/site-footer';
import { SiteHeader } from './core/shell/site-header';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, SiteHeader, SiteFooter, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.css',
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly router = inject(Router);

  constructor() {
    // After moving to another page, screen readers and keyboards start from
    // the new page rather than from the link that was followed. A change of
    // the query only (a filter, a page of a list) keeps focus where it is.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects),
        distinctUntilChanged(
          (before, after) => pathOf(before) === pathOf(after),
        ),
        skip(1),
        filter((url) => !url.includes('#')),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.focusMain());
  }

  // A plain "#main" link would resolve against <base href="/"> and leave the page.
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.main().nativeElement.focus({ preventScroll: true });
  }
}

function pathOf(url: string): string {
  return url.split(/[?#]/)[0];
}
