import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UnitOfWork } from '../common/database/unit-of-work';
import { notFound } from '../common/http/not-found';
import { Partner } from '../partners/partner.entity';
import { Region } from '../reference-data/region.entity';
import type {
  RegionView,
  StreamView,
} from '../reference-data/reference-data.view';
import { Stream } from '../reference-data/stream.entity';
import type {
  CreateRegionDto,
  UpdateRegionDto,
  UpdateStreamDto,
} from './administration.dto';
import { withoutUndefined } from './fields';

const streamView = ({
  number,
  code,
  shortTitle,
  title,
  description,
}: Stream): StreamView => ({ number, code, shortTitle, title, description });

/** Regions join the partnership and change membership; streams get retitled. */
@Injectable()
export class ReferenceAdminService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async createRegion(
    actor: AuthenticatedUser,
    dto: CreateRegionDto,
  ): Promise<RegionView> {
    return this.unitOfWork.run(async (em) => {
      if (await em.existsBy(Region, { code: dto.code }))
        throw new ConflictException(
          `A region with the code ${dto.code} already exists`,
        );
      const region = await em.save(em.create(Region, { ...dto }));
      const view = await this.regionView(em, region);
      await this.audit.record(em, actor, {
        action: 'create',
        entityType: 'region',
        entityId: region.code,
        summary: `Added the region ${region.name}`,
        after: view,
      });
      return view;
    });
  }

  async updateRegion(
    actor: AuthenticatedUser,
    code: string,
    dto: UpdateRegionDto,
  ): Promise<RegionView> {
    return this.unitOfWork.run(async (em) => {
      const region = await em.findOneBy(Region, { code });
      if (!region) throw notFound('Region', code);
      const before = await this.regionView(em, region);
      Object.assign(region, withoutUndefined(dto));
      await em.save(region);
      const after = await this.regionView(em, region);
      await this.audit.record(em, actor, {
        action: 'update',
        entityType: 'region',
        entityId: code,
        summary: `Updated the region ${region.name}`,
        before,
        after,
      });
      return after;
    });
  }

  async updateStream(
    actor: AuthenticatedUser,
    number: number,
    dto: UpdateStreamDto,
  ): Promise<StreamView> {
    return this.unitOfWork.run(async (em) => {
      const stream = await em.findOneBy(Stream, {
        number: number as Stream['number'],
      });
      if (!stream) throw notFound('Stream', number);
      const before = streamView(stream);
      Object.assign(stream, withoutUndefined(dto));
      await em.save(stream);
      const after = streamView(stream);
      await this.audit.record(em, actor, {
        action: 'update',
        entityType: 'stream',
        entityId: number,
        summary: `Updated stream ${number} (${stream.shortTitle})`,
        before,
        after,
      });
      return after;
    });
  }

  private async regionView(
    em: EntityManager,
    region: Region,
  ): Promise<RegionView> {
    const partners = await em.find(Partner, {
      where: { region: { id: region.id } },
      order: { id: 'ASC' },
    });
    return {
      code: region.code,
      name: region.name,
      country: region.country,
      countryName: region.countryName,
      membership: region.membership,
      partners: partners.map((p) => p.slug),
    };
  }
}
