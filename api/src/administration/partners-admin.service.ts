import { ConflictException, Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull, Not } from 'typeorm';
import { slugify } from '@ws/domain';
import { Action } from '../actions/action.entity';
import { ActionsService } from '../actions/actions.service';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { notFound } from '../common/http/not-found';
import { invalidRequest } from '../common/http/validation';
import { Partner } from '../partners/partner.entity';
import { type PartnerView, toPartnerView } from '../partners/partner.view';
import { PARTNERSHIP_ID, Partnership } from '../partnership/partnership.entity';
import { EffraDomain } from '../reference-data/effra-domain.entity';
import { Region } from '../reference-data/region.entity';
import type {
  CreatePartnerDto,
  RetirePartnerDto,
  UpdatePartnerDto,
} from './administration.dto';
import { withoutUndefined } from './fields';

const OPEN_STATUSES = ['planned', 'in_progress', 'on_hold'] as const;

/** The consortium changes over time (concept note A.3.1): partners join, are renamed, retire. */
@Injectable()
export class PartnersAdminService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly actions: ActionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(
    actor: AuthenticatedUser,
    dto: CreatePartnerDto,
  ): Promise<PartnerView> {
    return this.unitOfWork.run(async (em) => {
      const slug = dto.slug ?? slugify(dto.name);
      if (!slug)
        throw invalidRequest([
          {
            field: 'slug',
            problems: ['give a slug: the name has no letter to make one from'],
          },
        ]);
      const region = await this.region(em, dto.region);
      const effraDomains = await this.effraDomains(em, dto.effraDomains ?? []);
      if (await em.existsBy(Partner, { slug }))
        throw new ConflictException(
          `A partner with the slug ${slug} already exists`,
        );
      const saved = await em.save(
        em.create(Partner, {
          slug,
          name: dto.name,
          fullName: dto.fullName ?? dto.name,
          region,
          kind: dto.kind,
          coordinator: false,
          networkSize: dto.networkSize ?? null,
          networkSizeNote: null,
          smes: dto.smes ?? null,
          smesNote: null,
          thematic: dto.thematic ?? '',
          retiredAt: null,
          effraDomains,
        }),
      );
      const view = toPartnerView(saved);
      await this.audit.record(em, actor, {
        action: 'create',
        entityType: 'partner',
        entityId: slug,
        summary: `Added the partner ${dto.name}`,
        after: view,
      });
      return view;
    });
  }

  async update(
    actor: AuthenticatedUser,
    slug: string,
    dto: UpdatePartnerDto,
  ): Promise<PartnerView> {
    return this.unitOfWork.run(async (em) => {
      const partner = await this.find(em, slug);
      const before = toPartnerView(partner);
      const { region, effraDomains, ...fields } = dto;
      Object.assign(partner, withoutUndefined(fields));
      if (region !== undefined) partner.region = await this.region(em, region);
      if (effraDomains !== undefined)
        partner.effraDomains = await this.effraDomains(em, effraDomains);
      await em.save(partner);
      const after = toPartnerView(partner);
      await this.audit.record(em, actor, {
        action: 'update',
        entityType: 'partner',
        entityId: slug,
        summary:
          before.name === after.name
            ? `Updated the partner ${after.name}`
            : `Renamed the partner ${before.name} to ${after.name}`,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * SPEC §3: after adoption a retiring partner hands its open actions over first, so
   * that the plan keeps an active lead for each; its history stays, its editors only read.
   */
  async retire(
    actor: AuthenticatedUser,
    slug: string,
    dto: RetirePartnerDto,
  ): Promise<PartnerView> {
    return this.unitOfWork.run(async (em) => {
      const partner = await this.find(em, slug);
      if (partner.coordinator)
        throw new ConflictException(
          `${partner.name} coordinates the partnership and cannot be retired`,
        );
      if (partner.retiredAt)
        throw new ConflictException(`${partner.name} is already retired`);
      const successor = dto.reassignTo
        ? await this.successor(em, partner, dto.reassignTo)
        : null;
      const led = await em.find(Action, {
        where: {
          lead: { id: partner.id },
          status: In([...OPEN_STATUSES]),
          deletedAt: IsNull(),
        },
        order: { code: 'ASC' },
      });
      const { planAdoptedAt } = await em.findOneByOrFail(Partnership, {
        id: PARTNERSHIP_ID,
      });
      if (led.length && !successor && planAdoptedAt)
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `The joint action plan is adopted: ${partner.name} still leads ${led.map((a) => a.code).join(', ')}; name the partner who takes them over (reassignTo)`,
          actions: led.map((a) => a.code),
        });

      const before = toPartnerView(partner);
      partner.retiredAt = this.clock.now().toISOString();
      await em.save(partner);
      // Handed over after the retirement, so that the rule no longer counts the
      // retiring partner; each hand-over is an edit with its own journal entry.
      if (successor)
        for (const action of led)
          await this.actions.updateWithin(em, actor, action.id, {
            version: action.version,
            lead: successor.slug,
          });
      const after = toPartnerView(partner);
      await this.audit.record(em, actor, {
        action: 'retire',
        entityType: 'partner',
        entityId: slug,
        summary: successor
          ? `Retired the partner ${partner.name}; ${successor.name} took over ${led.map((a) => a.code).join(', ') || 'nothing'}`
          : `Retired the partner ${partner.name}`,
        before,
        after,
      });
      return after;
    });
  }

  async reinstate(
    actor: AuthenticatedUser,
    slug: string,
  ): Promise<PartnerView> {
    return this.unitOfWork.run(async (em) => {
      const partner = await this.find(em, slug);
      if (!partner.retiredAt)
        throw new ConflictException(`${partner.name} is not retired`);
      const before = toPartnerView(partner);
      partner.retiredAt = null;
      await em.save(partner);
      const after = toPartnerView(partner);
      await this.audit.record(em, actor, {
        action: 'reinstate',
        entityType: 'partner',
        entityId: slug,
        summary: `Reinstated the partner ${partner.name}`,
        before,
        after,
      });
      return after;
    });
  }

  private async find(em: EntityManager, slug: string): Promise<Partner> {
    const partner = await em.findOne(Partner, {
      where: { slug },
      relations: { region: true, effraDomains: true },
    });
    if (!partner) throw notFound('Partner', slug);
    return partner;
  }

  private async successor(
    em: EntityManager,
    partner: Partner,
    slug: string,
  ): Promise<Partner> {
    const successor = await em.findOneBy(Partner, {
      slug,
      id: Not(partner.id),
    });
    if (!successor || successor.retiredAt)
      throw invalidRequest([
        {
          field: 'reassignTo',
          problems: [
            successor
              ? `${successor.name} is retired and leads nothing new`
              : `reassignTo must be another active partner; ${slug} is not`,
          ],
        },
      ]);
    return successor;
  }

  private async region(em: EntityManager, code: string): Promise<Region> {
    const region = await em.findOneBy(Region, { code });
    if (!region)
      throw invalidRequest([
        {
          field: 'region',
          problems: [`region ${code} is not a known region code`],
        },
      ]);
    return region;
  }

  private async effraDomains(
    em: EntityManager,
    codes: string[],
  ): Promise<EffraDomain[]> {
    return codes.length
      ? em.find(EffraDomain, { where: { code: In([...new Set(codes)]) } })
      : [];
  }
}
