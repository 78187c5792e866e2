import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { adoptionBlockers, PHASE_KEYS, PHASES } from '@ws/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { GovernanceService } from '../governance/governance.service';
import { NotificationEvents } from '../notifications/notification-events';
import { PARTNERSHIP_ID, Partnership } from './partnership.entity';
import type { PartnershipView } from './partnership.view';

const toView = ({
  name,
  phase,
  planAdoptedAt,
  planAdoptedBy,
}: Partnership): PartnershipView => ({
  name,
  phase,
  planAdoptedAt,
  planAdoptedBy,
});

@Injectable()
export class PartnershipService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly dataSource: DataSource,
    private readonly governance: GovernanceService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifications: NotificationEvents,
  ) {}

  async get(): Promise<PartnershipView> {
    return toView(
      await this.dataSource.manager.findOneByOrFail(Partnership, {
        id: PARTNERSHIP_ID,
      }),
    );
  }

  /**
   * SPEC §3: the coordinator moves the partnership to its next phase. Leaving
   * Preparation adopts the joint action plan, refused while rules 1–2 fail.
   */
  async advancePhase(actor: AuthenticatedUser): Promise<PartnershipView> {
    return this.unitOfWork.run(async (em) => {
      const partnership = await em.findOneByOrFail(Partnership, {
        id: PARTNERSHIP_ID,
      });
      const before = toView(partnership);
      const next = PHASE_KEYS[PHASE_KEYS.indexOf(partnership.phase) + 1];
      if (!next) {
        throw new ConflictException(
          `The partnership is already in its last phase (${PHASES[PHASES.length - 1].name})`,
        );
      }
      if (partnership.phase === 'preparation') {
        const blockers = adoptionBlockers(await this.governance.facts(em));
        if (blockers.length) {
          const reasons = blockers.flatMap((rule) =>
            rule.violations.map((v) => v.message),
          );
          throw new ConflictException({
            statusCode: 409,
            error: 'Conflict',
            message: `The joint action plan cannot be adopted yet: ${reasons.join('; ')}`,
            rules: blockers,
          });
        }
        partnership.planAdoptedAt = this.clock.now().toISOString();
        partnership.planAdoptedBy = actor.email;
      }
      partnership.phase = next;
      await em.save(partnership);
      const after = toView(partnership);
      await this.audit.record(em, actor, {
        action: 'advance-phase',
        entityType: 'partnership',
        entityId: PARTNERSHIP_ID,
        summary:
          before.phase === 'preparation'
            ? 'Adopted the joint action plan and moved to Implementation'
            : `Moved from ${before.phase} to ${next}`,
        before,
        after,
      });
      await this.notifications.publish(em, {
        kind: 'phase-advanced',
        from: before.phase,
        to: next,
        authorId: actor.id,
      });
      return after;
    });
  }
}
