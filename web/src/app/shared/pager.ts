import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

// Previous and next links for a paged list. The page lives in the address
// (`?page=`), so the links keep every other query parameter as it is.
@Component({
  selector: 'app-pager',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (count() > 1) {
      <nav
        class="pagination"
        [attr.aria-label]="label()"
        *transloco="let t; prefix: 'pager'"
      >
        @if (page() > 1) {
          <a
            class="button button--secondary"
            [routerLink]="[]"
            [queryParams]="{ page: page() - 1 }"
            queryParamsHandling="merge"
            >{{ t('previous') }}</a
          >
        }
        <span>{{ t('position', { page: page(), count: count() }) }}</span>
        @if (page() < count()) {
          <a
            class="button button--secondary"
            [routerLink]="[]"
            [queryParams]="{ page: page() + 1 }"
            queryParamsHandling="merge"
            >{{ t('next') }}</a
          >
        }
      </nav>
    }
  `,
  styles: `
    .pagination {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: var(--space-3);
      margin-top: var(--space-4);
    }
  `,
})
export class Pager {
  /** The page shown, from 1 */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  /** Names the navigation, e.g. "Pages of actions" */
  readonly label = input.required<string>();

  protected readonly count = computed(() =>
    Math.max(1, Math.ceil(this.total() / this.pageSize())),
  );
}
