import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { STALE_SETTING, derivedFactsContext } from '../actions/action-query';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { PARTNERSHIP_ID, Partnership } from '../partnership/partnership.entity';
import { Setting } from '../settings/setting.entity';
import type { SettingsView, UpdateSettingsDto } from './administration.dto';

/**
 * The partnership's settings. The stale threshold is read by every list, dashboard
 * and report on each request, so a change shows at once.
 */
@Injectable()
export class SettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  get(): Promise<SettingsView> {
    return this.read(this.dataSource.manager);
  }

  async update(
    actor: AuthenticatedUser,
    dto: UpdateSettingsDto,
  ): Promise<SettingsView> {
    return this.unitOfWork.run(async (em) => {
      const before = await this.read(em);
      if (dto.partnershipName !== undefined)
        await em.update(
          Partnership,
          { id: PARTNERSHIP_ID },
          { name: dto.partnershipName },
        );
      if (dto.staleAfterDays !== undefined)
        await em.upsert(
          Setting,
          { key: STALE_SETTING, value: String(dto.staleAfterDays) },
          ['key'],
        );
      const after = await this.read(em);
      await this.audit.record(em, actor, {
        action: 'update',
        entityType: 'settings',
        entityId: PARTNERSHIP_ID,
        summary: 'Updated the settings',
        before,
        after,
      });
      return after;
    });
  }

  private async read(em: EntityManager): Promise<SettingsView> {
    const partnership = await em.findOneByOrFail(Partnership, {
      id: PARTNERSHIP_ID,
    });
    const context = await derivedFactsContext(em, this.clock.now());
    return {
      partnershipName: partnership.name,
      staleAfterDays: context.staleAfterDays,
    };
  }
}
