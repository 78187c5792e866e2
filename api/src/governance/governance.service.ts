import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  evaluateGovernance,
  type GovernanceFacts,
  type GovernanceRuleResult,
  type StreamNumber,
} from '@ws/domain';
import { Action } from '../actions/action.entity';
import { Partner } from '../partners/partner.entity';
import { PARTNERSHIP_ID, Partnership } from '../partnership/partnership.entity';
import { Stream } from '../reference-data/stream.entity';

// Loads the plain facts the rules of libs/domain judge (SPEC §3); the rules
// themselves stay pure so that the web app explains them with the same code.
@Injectable()
export class GovernanceService {
  async facts(em: EntityManager): Promise<GovernanceFacts> {
    const [partners, streams, actions, partnership] = await Promise.all([
      em.find(Partner, { order: { id: 'ASC' } }),
      em.find(Stream, { order: { number: 'ASC' } }),
      // Only the columns the rules read: hydrating whole actions costs far more than the query.
      em
        .createQueryBuilder(Action, 'action')
        .innerJoin('action.lead', 'lead')
        .innerJoin('action.stream', 'stream')
        .select('action.code', 'code')
        .addSelect('lead.slug', 'lead')
        .addSelect('stream.number', 'stream')
        .addSelect('action.phase', 'phase')
        .addSelect('action.status', 'status')
        .where('action.deleted_at IS NULL')
        .orderBy('action.id', 'ASC')
        .getRawMany<GovernanceFacts['actions'][number]>(),
      em.findOneByOrFail(Partnership, { id: PARTNERSHIP_ID }),
    ]);
    return {
      partners: partners.map((p) => ({
        slug: p.slug,
        name: p.name,
        retired: p.retiredAt !== null,
      })),
      streams: streams.map((s) => ({ number: s.number, title: s.title })),
      actions: actions.map((a) => ({
        code: a.code,
        lead: a.lead,
        stream: Number(a.stream) as StreamNumber,
        phase: a.phase,
        status: a.status,
      })),
      planAdopted: partnership.planAdoptedAt !== null,
    };
  }

  async evaluate(em: EntityManager): Promise<GovernanceRuleResult[]> {
    return evaluateGovernance(await this.facts(em));
  }
}
