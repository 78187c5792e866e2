import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { StreamView } from '@ws/domain';
import { TranslocoDirective } from '@jsverse/transloco';

@Component({
  selector: 'app-stream-list',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="streams" *transloco="let t; prefix: 'partnership.stream'">
      @for (stream of streams(); track stream.number) {
        <li class="stream">
          <span class="stream__number" aria-hidden="true">{{
            stream.code
          }}</span>
          <div>
            <h3 class="stream__title">
              <span class="visually-hidden">{{
                t('number', { number: stream.number })
              }}</span>
              {{ stream.title }}
            </h3>
            <p class="stream__description">{{ stream.description }}</p>
          </div>
        </li>
      }
    </ol>
  `,
  styles: `
    .streams {
      display: grid;
      gap: var(--space-3);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .stream {
      display: flex;
      gap: var(--space-4);
      padding: var(--space-4);
      border: 1px solid var(--color-border);
      border-radius: var(--radius-lg);
      background: var(--color-surface);
    }
    .stream__number {
      flex: none;
      display: grid;
      place-items: center;
      width: 2.75rem;
      height: 2.75rem;
      border-radius: var(--radius);
      background: var(--color-primary-soft);
      color: var(--color-primary);
      font-weight: 700;
    }
    .stream__title {
      margin: 0;
      font-size: 1.0625rem;
    }
    .stream__description {
      margin: var(--space-1) 0 0;
      color: var(--color-muted);
      font-size: 0.9375rem;
    }
  `,
})
export class StreamList {
  readonly streams = input.required<readonly StreamView[]>();
}
