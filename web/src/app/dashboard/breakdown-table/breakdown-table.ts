import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ProgressBar } from '../../shared/progress-bar';
import { BreakdownRow } from '../dashboard-view';

// Progress per phase or per region: a row each, leading to its actions.
@Component({
  selector: 'app-breakdown-table',
  imports: [ProgressBar, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" *transloco="let t; prefix: 'dashboard.breakdown'">
      <table class="data-table breakdown">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ nameHeader() }}</th>
            <th scope="col" class="numeric">{{ t('actions') }}</th>
            <th scope="col">{{ t('meanProgressHeader') }}</th>
            <th scope="col" class="numeric">{{ t('overdueHeader') }}</th>
            <th scope="col" class="numeric">{{ t('staleHeader') }}</th>
            <th scope="col" class="numeric">{{ t('redHeader') }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr [class.breakdown__row--empty]="!row.actions">
              <th scope="row">
                @if (row.link; as link) {
                  <a
                    [routerLink]="link.path"
                    [queryParams]="link.queryParams"
                    >{{ row.name }}</a
                  >
                } @else {
                  {{ row.name }}
                }
              </th>
              <td class="numeric">{{ row.actions }}</td>
              <td>
                @if (row.progress !== null) {
                  <app-progress-bar [value]="row.progress" />
                } @else {
                  <span class="muted">—</span>
                }
              </td>
              <td class="numeric" [class.breakdown__alert]="row.overdue">
                {{ row.overdue }}
              </td>
              <td class="numeric" [class.breakdown__alert]="row.stale">
                {{ row.stale }}
              </td>
              <td class="numeric" [class.breakdown__alert]="row.red">
                {{ row.red }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .breakdown {
      min-width: 30rem;
    }
    .breakdown th[scope='row'] {
      font-weight: 600;
    }
    .breakdown td {
      vertical-align: middle;
    }
    .breakdown__row--empty {
      color: var(--color-muted);
    }
    .breakdown__alert {
      color: var(--color-danger);
      font-weight: 700;
    }
  `,
})
export class BreakdownTable {
  readonly rows = input.required<readonly BreakdownRow[]>();
  readonly caption = input.required<string>();
  readonly nameHeader = input.required<string>();
}
