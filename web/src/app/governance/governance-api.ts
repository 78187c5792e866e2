import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { GovernanceRuleResult, PartnershipView } from '@ws/domain';
import { Observable, map } from 'rxjs';

/** 409 body of a refused phase gate: every failing rule, with what violates it. */
export interface PhaseGateRefusal {
  message: string;
  rules?: GovernanceRuleResult[];
}

// SPEC §3: the partnership rules and the phase gate.
@Injectable({ providedIn: 'root' })
export class GovernanceApi {
  private readonly http = inject(HttpClient);

  rules(): Observable<GovernanceRuleResult[]> {
    return this.http
      .get<{ rules: GovernanceRuleResult[] }>('/api/governance')
      .pipe(map((body) => body.rules));
  }

  advancePhase(): Observable<PartnershipView> {
    return this.http.post<PartnershipView>(
      '/api/partnership/advance-phase',
      {},
    );
  }
}
