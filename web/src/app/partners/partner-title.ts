import { inject } from '@angular/core';
import { ResolveFn } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { isNotFound } from '../core/http/http-problem';
import { ReferenceDataApi } from '../core/reference-data/reference-data-api';

// Names the tab after the partner; the page itself shows load errors.
export const partnerTitle: ResolveFn<string> = (route) =>
  inject(ReferenceDataApi)
    .partner(route.paramMap.get('slug') ?? '')
    .pipe(
      map((partner) => partner.name),
      catchError((error: unknown) =>
        of(
          isNotFound(error)
            ? 'partnership.page.notFound'
            : 'partnership.page.heading',
        ),
      ),
    );
