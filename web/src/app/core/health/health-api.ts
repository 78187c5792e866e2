import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { HealthView } from '@ws/domain';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class HealthApi {
  private readonly http = inject(HttpClient);

  health(): Observable<HealthView> {
    return this.http.get<HealthView>('/api/health');
  }
}
