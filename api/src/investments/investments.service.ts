import {
  ConflictException,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import {
  brusselsDate,
  INVESTMENT_STATUSES,
  type InvestmentPipelineView,
  type InvestmentStatus,
  investmentProblems,
  type Page,
} from '@ws/domain';
import { Action } from '../actions/action.entity';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { notFound } from '../common/http/not-found';
import { pageRequest, toPage } from '../common/http/pagination';
import { type FieldProblem, invalidRequest } from '../common/http/validation';
import { Partner } from '../partners/partner.entity';
import { FundingInstrument } from '../reference-data/funding-instrument.entity';
import { Region } from '../reference-data/region.entity';
import { InvestmentStatusChange } from './investment-status-change.entity';
import { Investment } from './investment.entity';
import { investmentPipeline } from './investment-pipeline';
import {
  assertInvestmentFiltersKnown,
  type InvestmentFilters,
  investmentQuery,
} from './investment-query';
import {
  type InvestmentStatusChangeView,
  type InvestmentView,
  toInvestmentView,
  toStatusChangeView,
} from './investment.view';
import type {
  CreateInvestmentDto,
  InvestmentsQueryDto,
  UpdateInvestmentDto,
} from './investments.dto';

export const INVESTMENTS_PAGE_SIZE = 50;
export const INVESTMENT_HISTORY_PAGE_SIZE = 50;

const RELATIONS = {
  lead: true,
  instrument: true,
  partners: true,
  regions: true,
  actions: true,
} as const;

const statusOrder = `CASE investment.status ${INVESTMENT_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const SORT_COLUMNS: Record<string, string> = {
  title: 'investment.title',
  instrument: 'instrument.name',
  status: statusOrder,
  lead: 'lead.name',
  amountCents: 'investment.amount_cents',
  deadline: 'investment.deadline',
  updatedAt: 'investment.updated_at',
};

/** The references of a proposal, resolved from the names a body uses. */
interface References {
  instrument: FundingInstrument | null;
  lead: Partner | null;
  partners: Partner[];
  regions: Region[];
  actions: Action[];
}

@Injectable()
export class InvestmentsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: InvestmentsQueryDto): Promise<Page<InvestmentView>> {
    const em = this.dataSource.manager;
    await assertInvestmentFiltersKnown(em, query);
    const request = pageRequest(query, INVESTMENTS_PAGE_SIZE);
    const builder = investmentQuery(em, query);
    const total = await builder.clone().getCount();
    const [key, direction] = query.sort?.startsWith('-')
      ? [query.sort.slice(1), 'DESC' as const]
      : [query.sort ?? 'deadline', 'ASC' as const];
    const rows = await builder
      .select('investment.id', 'id')
      .addSelect(SORT_COLUMNS[key], 'sort_key')
      // Proposals without a deadline come after those with one, on both engines.
      .addSelect(
        `CASE WHEN ${SORT_COLUMNS[key]} IS NULL THEN 1 ELSE 0 END`,
        'sort_nulls',
      )
      .orderBy('sort_nulls', 'ASC')
      .addOrderBy('sort_key', direction)
      .addOrderBy('id', 'ASC')
      .offset(request.skip)
      .limit(request.take)
      .getRawMany<{ id: number }>();
    const ids = rows.map((row) => Number(row.id));
    const found = ids.length
      ? await em.find(Investment, {
          where: { id: In(ids) },
          relations: RELATIONS,
        })
      : [];
    const byId = new Map(
      found.map((investment) => [investment.id, investment]),
    );
    return toPage(
      ids.map((id) => toInvestmentView(byId.get(id) as Investment)),
      total,
      request,
    );
  }

  async get(id: number): Promise<InvestmentView> {
    return toInvestmentView(await this.find(this.dataSource.manager, id));
  }

  async pipeline(filters: InvestmentFilters): Promise<InvestmentPipelineView> {
    const em = this.dataSource.manager;
    await assertInvestmentFiltersKnown(em, filters);
    return investmentPipeline(em, filters, brusselsDate(this.clock.now()));
  }

  async history(
    id: number,
    query: { page?: number; pageSize?: number },
  ): Promise<Page<InvestmentStatusChangeView>> {
    const em = this.dataSource.manager;
    await this.find(em, id);
    const request = pageRequest(query, INVESTMENT_HISTORY_PAGE_SIZE);
    const [changes, total] = await em.findAndCount(InvestmentStatusChange, {
      where: { investment: { id } },
      order: { at: 'DESC', id: 'DESC' },
      skip: request.skip,
      take: request.take,
    });
    return toPage(
      changes.map((change) => toStatusChangeView(change, id)),
      total,
      request,
    );
  }

  async create(
    actor: AuthenticatedUser,
    dto: CreateInvestmentDto,
  ): Promise<InvestmentView> {
    assertMayLead(actor, dto.lead);
    return this.unitOfWork.run(async (em) => {
      const problems: FieldProblem[] = [];
      const refs = await this.resolve(em, dto, problems);
      const status = dto.status ?? 'idea';
      const money = {
        amountCents: dto.amountCents,
        cofinancingCents: dto.cofinancingCents ?? 0,
      };
      addProblems(problems, investmentProblems(money));
      const { instrument, lead } = refs;
      if (problems.length || !instrument || !lead)
        throw invalidRequest(problems);

      const now = this.clock.now();
      const saved = await em.save(
        em.create(Investment, {
          title: dto.title,
          instrument,
          call: dto.call ?? null,
          ...money,
          status,
          statusSince: brusselsDate(now),
          lead,
          partners: refs.partners.filter((p) => p.id !== lead.id),
          regions: refs.regions,
          actions: refs.actions,
          deadline: dto.deadline ?? null,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        }),
      );
      await this.recordStatus(em, actor, saved.id, null, status, dto.comment);
      const view = toInvestmentView(await this.find(em, saved.id));
      await this.audit.record(em, actor, {
        action: 'create',
        entityType: 'investment',
        entityId: saved.id,
        summary: `Created the investment proposal ${dto.title}`,
        after: view,
      });
      return view;
    });
  }

  async update(
    actor: AuthenticatedUser,
    id: number,
    dto: UpdateInvestmentDto,
  ): Promise<InvestmentView> {
    if (dto.lead !== undefined) assertMayLead(actor, dto.lead);
    return this.unitOfWork.run(async (em) => {
      const investment = await this.find(em, id);
      if (dto.version !== investment.version) throw staleVersion(investment);
      const before = toInvestmentView(investment);

      const problems: FieldProblem[] = [];
      const refs = await this.resolve(em, dto, problems);
      const instrument = refs.instrument ?? investment.instrument;
      const lead = refs.lead ?? investment.lead;
      const status = dto.status ?? investment.status;
      const money = {
        amountCents: dto.amountCents ?? investment.amountCents,
        cofinancingCents: dto.cofinancingCents ?? investment.cofinancingCents,
      };
      addProblems(
        problems,
        investmentProblems(money, { from: investment.status, to: status }),
      );
      if (problems.length) throw invalidRequest(problems);

      const statusChanged = status !== investment.status;
      const now = this.clock.now();
      const result = await em
        .createQueryBuilder()
        .update(Investment)
        .set({
          title: dto.title ?? investment.title,
          instrument,
          call: dto.call === undefined ? investment.call : dto.call,
          ...money,
          status,
          ...(statusChanged ? { statusSince: brusselsDate(now) } : {}),
          lead,
          deadline:
            dto.deadline === undefined ? investment.deadline : dto.deadline,
          updatedAt: now.toISOString(),
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id, version: dto.version })
        .execute();
      if (result.affected !== 1) throw staleVersion(await this.find(em, id));

      const replace = async <T>(
        relation: 'partners' | 'regions' | 'actions',
        current: T[],
        next: T[],
      ) => {
        const builder = em
          .createQueryBuilder()
          .relation(Investment, relation)
          .of(id);
        await builder.remove(current);
        await builder.add(next);
      };
      if (dto.partners !== undefined || dto.lead !== undefined)
        await replace(
          'partners',
          investment.partners,
          (dto.partners === undefined
            ? investment.partners
            : refs.partners
          ).filter((p) => p.id !== lead.id),
        );
      if (dto.regions !== undefined)
        await replace('regions', investment.regions, refs.regions);
      if (dto.actions !== undefined)
        await replace('actions', investment.actions, refs.actions);
      if (statusChanged)
        await this.recordStatus(
          em,
          actor,
          id,
          investment.status,
          status,
          dto.comment,
        );

      const after = toInvestmentView(await this.find(em, id));
      await this.audit.record(em, actor, {
        action: 'update',
        entityType: 'investment',
        entityId: id,
        summary: statusChanged
          ? `Moved the investment proposal ${after.title} from ${investment.status} to ${status}`
          : `Updated the investment proposal ${after.title}`,
        before,
        after,
      });
      return after;
    });
  }

  private async find(em: EntityManager, id: number): Promise<Investment> {
    const investment = await em.findOne(Investment, {
      where: { id },
      relations: RELATIONS,
    });
    if (!investment) throw notFound('Investment proposal', id);
    return investment;
  }

  /** Resolves the names the body gives; each unknown one is a problem of its field. */
  private async resolve(
    em: EntityManager,
    dto: Partial<
      Pick<
        CreateInvestmentDto,
        'instrument' | 'lead' | 'partners' | 'regions' | 'actions'
      >
    >,
    problems: FieldProblem[],
  ): Promise<References> {
    const unknown = (field: string, what: string, names: unknown[]) => {
      if (names.length)
        problems.push({
          field,
          problems: [`unknown ${what} ${names.join(', ')}`],
        });
    };
    const instrument = dto.instrument
      ? await em.findOneBy(FundingInstrument, { slug: dto.instrument })
      : null;
    if (dto.instrument && !instrument)
      unknown('instrument', 'instrument', [dto.instrument]);

    const lead = dto.lead
      ? await em.findOneBy(Partner, { slug: dto.lead, retiredAt: IsNull() })
      : null;
    if (dto.lead && !lead) unknown('lead', 'partner', [dto.lead]);

    const partnerSlugs = [...new Set(dto.partners ?? [])];
    const partners = partnerSlugs.length
      ? await em.findBy(Partner, {
          slug: In(partnerSlugs),
          retiredAt: IsNull(),
        })
      : [];
    unknown(
      'partners',
      'partner',
      partnerSlugs.filter((slug) => !partners.some((p) => p.slug === slug)),
    );

    const regionCodes = [...new Set(dto.regions ?? [])];
    const regions = regionCodes.length
      ? await em.findBy(Region, { code: In(regionCodes) })
      : [];
    unknown(
      'regions',
      'region',
      regionCodes.filter((code) => !regions.some((r) => r.code === code)),
    );

    const actionIds = [...new Set(dto.actions ?? [])];
    const actions = actionIds.length
      ? await em.findBy(Action, { id: In(actionIds), deletedAt: IsNull() })
      : [];
    unknown(
      'actions',
      'action',
      actionIds.filter((id) => !actions.some((a) => a.id === id)),
    );
    return { instrument, lead, partners, regions, actions };
  }

  private async recordStatus(
    em: EntityManager,
    actor: AuthenticatedUser,
    investmentId: number,
    from: InvestmentStatus | null,
    to: InvestmentStatus,
    comment: string | null | undefined,
  ): Promise<void> {
    await em.insert(InvestmentStatusChange, {
      investment: { id: investmentId },
      at: this.clock.now().toISOString(),
      from,
      to,
      author: { id: actor.id },
      authorName: actor.displayName,
      organisation: actor.partnerId
        ? ((await em.findOneBy(Partner, { id: actor.partnerId }))?.name ?? null)
        : null,
      comment: comment ?? null,
    });
  }
}

/** An editor proposes and hands over only what its own partner leads. */
function assertMayLead(actor: AuthenticatedUser, lead: string): void {
  if (actor.role === 'editor' && lead !== actor.partner)
    throw new ForbiddenException(
      `An editor manages the investment proposals its own partner (${actor.partner ?? 'none'}) leads, not ${lead}'s`,
    );
}

function addProblems(
  problems: FieldProblem[],
  found: { field: string; problem: string }[],
): void {
  for (const { field, problem } of found)
    problems.push({ field, problems: [problem] });
}

function staleVersion(current: Investment): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `"${current.title}" was changed by someone else (now version ${current.version}); reload it and apply your change again`,
    currentVersion: current.version,
  });
}
