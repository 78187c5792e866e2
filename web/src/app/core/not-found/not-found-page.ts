import { ChangeDetectionStrategy, Component } from '@angular/core';
import { NotFound } from './not-found';

// Routed wrapper: the router's input binding would reset NotFound's inputs.
@Component({
  selector: 'app-not-found-page',
  imports: [NotFound],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-not-found />`,
})
export class NotFoundPage {}
