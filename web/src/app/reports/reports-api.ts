import {
  HttpClient,
  HttpErrorResponse,
  HttpParams,
  HttpResponse,
} from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, from, map, switchMap, throwError } from 'rxjs';
import type { ReportPeriod } from './report-periods';

export const REPORT_FORMATS = [
  { key: 'pdf' },
  { key: 'xlsx' },
  { key: 'md' },
  { key: 'csv' },
] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number]['key'];

export interface ReportFile {
  blob: Blob;
  fileName: string;
}

/** The file name a Content-Disposition header gives, if any. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}

// FileReader rather than Blob.text(): the same in every browser and in jsdom.
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

// A failed blob request carries its JSON error as a Blob; read it back so the
// usual error messages (every bad field named) reach the page.
function withJsonError(error: unknown): Observable<never> {
  if (!(error instanceof HttpErrorResponse && error.error instanceof Blob))
    return throwError(() => error);
  return from(readText(error.error)).pipe(
    switchMap((text) => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return throwError(
        () =>
          new HttpErrorResponse({
            error: body,
            headers: error.headers,
            status: error.status,
            statusText: error.statusText,
            url: error.url ?? undefined,
          }),
      );
    }),
  );
}

// SPEC §6: progress reports. The auth interceptor adds the bearer token.
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  private params(period: ReportPeriod, format: ReportFormat): HttpParams {
    return new HttpParams({ fromObject: { ...period, format } });
  }

  /** The report as Markdown text, for the preview. */
  preview(period: ReportPeriod): Observable<string> {
    return this.http
      .get('/api/reports/progress', {
        params: this.params(period, 'md'),
        responseType: 'text',
      })
      .pipe(
        catchError((error: unknown) => {
          // A text request gets its JSON error as a string.
          if (
            error instanceof HttpErrorResponse &&
            typeof error.error === 'string'
          ) {
            try {
              const body: unknown = JSON.parse(error.error);
              return throwError(
                () =>
                  new HttpErrorResponse({
                    error: body,
                    status: error.status,
                    statusText: error.statusText,
                  }),
              );
            } catch {
              // not JSON
            }
          }
          return throwError(() => error);
        }),
      );
  }

  download(period: ReportPeriod, format: ReportFormat): Observable<ReportFile> {
    return this.http
      .get('/api/reports/progress', {
        params: this.params(period, format),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob([]),
          fileName:
            fileNameOf(response.headers.get('Content-Disposition')) ??
            `4m4iof-progress-${period.from}_${period.to}.${format}`,
        })),
        catchError(withJsonError),
      );
  }
}

/** Hands a downloaded file to the browser as if the user had clicked a link to it. */
export function saveFile(file: ReportFile, document: Document): void {
  const url = URL.createObjectURL(file.blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url));
}
