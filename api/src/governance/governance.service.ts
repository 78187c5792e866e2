import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import {
  evaluateGovernance,
  type GovernanceFacts,
  type GovernanceRuleResult,
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
      em.find(Action, {
        where: { deletedAt: IsNull() },
        relations: { lead: true, stream: true },
        order: { id: 'ASC' },
      }),
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
        lead: a.lead.slug,
        stream: a.stream.number,
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
