import {
  ConflictException,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import {
  ACTION_STATUSES,
  brusselsDate,
  type GovernanceFacts,
  HEALTHS,
  type Page,
  PHASE_KEYS,
  partnersLeftWithoutAction,
  type StatusChange,
  statusUpdateProblems,
} from '@ws/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/clock';
import { ReadCache } from '../common/database/read-cache';
import { UnitOfWork } from '../common/database/unit-of-work';
import { notFound } from '../common/http/not-found';
import { pageRequest, toPage } from '../common/http/pagination';
import { type FieldProblem, invalidRequest } from '../common/http/validation';
import { GovernanceService } from '../governance/governance.service';
import { NotificationEvents } from '../notifications/notification-events';
import { Partner } from '../partners/partner.entity';
import { Region } from '../reference-data/region.entity';
import { Stream } from '../reference-data/stream.entity';
import { ActionComment } from './action-comment.entity';
import { Action } from './action.entity';
import {
  type ActionView,
  type CommentView,
  type StatusUpdateResult,
  type StatusUpdateView,
  toActionView,
  toCommentView,
  toStatusUpdateView,
} from './action.view';
import type {
  ActionsQueryDto,
  CommentDto,
  CreateActionDto,
  StatusUpdateDto,
  UpdateActionDto,
} from './actions.dto';
import { type ActionRecord, readActionRecords } from './action-records';
import {
  actionQuery,
  assertFiltersKnown,
  derivedFactsContext,
} from './action-query';
import { Indicator } from './indicator.entity';
import { Milestone } from './milestone.entity';
import { StatusUpdate } from './status-update.entity';

export const ACTIONS_PAGE_SIZE = 25;
export const HISTORY_PAGE_SIZE = 50;

// SPEC §4: an editor edits these on the actions its partner leads; the rest is the coordinator's.
const COORDINATOR_ONLY_FIELDS = [
  'code',
  'title',
  'stream',
  'phase',
  'lead',
  'contributors',
  'regions',
] as const;
const FULL_RELATIONS = {
  lead: true,
  stream: true,
  contributors: true,
  regions: true,
  milestones: true,
  indicators: true,
} as const;

const orderCase = (column: string, values: readonly string[]) =>
  `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} END`;
const SORT_COLUMNS: Record<string, string> = {
  code: 'action.code',
  title: 'action.title',
  stream: 'stream.number',
  phase: orderCase('action.phase', PHASE_KEYS),
  lead: 'lead.name',
  status: orderCase('action.status', ACTION_STATUSES),
  health: orderCase('action.health', HEALTHS),
  progress: 'action.progress',
  dueDate: 'action.due_date',
  updatedAt: 'action.updated_at',
};

@Injectable()
export class ActionsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly dataSource: DataSource,
    private readonly governance: GovernanceService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifications: NotificationEvents,
    private readonly cache: ReadCache,
  ) {}

  list(query: ActionsQueryDto): Promise<Page<ActionView>> {
    return this.cache.read(
      `actions ${brusselsDate(this.clock.now())} ${JSON.stringify(query)}`,
      () => this.readList(query),
    );
  }

  private async readList(query: ActionsQueryDto): Promise<Page<ActionView>> {
    const em = this.dataSource.manager;
    const context = await derivedFactsContext(em, this.clock.now());
    await assertFiltersKnown(em, query);
    const request = pageRequest(query, ACTIONS_PAGE_SIZE);
    const builder = actionQuery(em, query, context);
    const [key, direction] = query.sort?.startsWith('-')
      ? [query.sort.slice(1), 'DESC' as const]
      : [query.sort ?? 'code', 'ASC' as const];
    // The page and the number of matches in one query; a page past the end still needs a count.
    const rows = await builder
      .clone()
      .select('action.id', 'id')
      .addSelect(SORT_COLUMNS[key], 'sort_key')
      .addSelect('action.code', 'code')
      .addSelect('COUNT(*) OVER ()', 'total')
      .orderBy('sort_key', direction)
      .addOrderBy('code', 'ASC')
      .offset(request.skip)
      .limit(request.take)
      .getRawMany<{ id: number; total: number | string }>();
    const total = rows.length
      ? Number(rows[0].total)
      : await builder.getCount();
    const ids = rows.map((row) => Number(row.id));
    const records = await readActionRecords(em, ids);
    const items = ids.map((id) =>
      toActionView(records.get(id) as ActionRecord, context),
    );
    return toPage(items, total, request);
  }

  get(id: number): Promise<ActionView> {
    return this.cache.read(
      `action ${brusselsDate(this.clock.now())} ${id}`,
      async () => {
        const em = this.dataSource.manager;
        const [record, context] = await Promise.all([
          readActionRecords(em, [id]).then((records) => records.get(id)),
          derivedFactsContext(em, this.clock.now()),
        ]);
        if (!record) throw notFound('Action', id);
        return toActionView(record, context);
      },
    );
  }

  async create(
    actor: AuthenticatedUser,
    dto: CreateActionDto,
  ): Promise<ActionView> {
    return this.unitOfWork.run((em) => this.createWithin(em, actor, dto));
  }

  /** Creates an action inside a transaction the caller runs (an import applies many at once). */
  async createWithin(
    em: EntityManager,
    actor: AuthenticatedUser,
    dto: CreateActionDto,
  ): Promise<ActionView> {
    const problems: FieldProblem[] = [];
    const stream = await em.findOneBy(Stream, { number: dto.stream });
    const lead = await this.resolveLead(em, dto.lead, problems);
    const contributors = await this.resolvePartners(
      em,
      dto.contributors ?? [],
      problems,
    );
    const regions = await this.resolveRegions(em, dto.regions ?? [], problems);
    checkDates(dto.startDate ?? null, dto.dueDate ?? null, problems);
    const status = dto.status ?? 'planned';
    const progress = dto.progress ?? (status === 'completed' ? 100 : 0);
    if (status === 'completed' && progress !== 100)
      problems.push({
        field: 'progress',
        problems: ['a completed action has progress 100'],
      });
    if (problems.length || !stream || !lead) throw invalidRequest(problems);

    const code = dto.code ?? (await this.nextCode(em, stream));
    if (await em.existsBy(Action, { code }))
      throw new ConflictException(
        `An action with the code ${code} already exists`,
      );
    const now = this.clock.now().toISOString();
    const saved = await em.save(
      em.create(Action, {
        code,
        title: dto.title,
        description: dto.description ?? '',
        stream,
        phase: dto.phase,
        lead,
        contributors: contributors.filter((p) => p.id !== lead.id),
        regions,
        startDate: dto.startDate ?? null,
        dueDate: dto.dueDate ?? null,
        status,
        progress,
        health: dto.health ?? 'green',
        lastUpdateAt: null,
        deletedAt: null,
        createdAt: now,
        updatedAt: now,
        milestones: milestoneRows(dto.milestones ?? []),
        indicators: indicatorRows(dto.indicators ?? []),
      }),
    );
    const view = toActionView(
      await this.find(em, saved.id),
      await derivedFactsContext(em, this.clock.now()),
    );
    await this.audit.record(em, actor, {
      action: 'create',
      entityType: 'action',
      entityId: saved.id,
      summary: `Created ${code} ${dto.title}`,
      after: view,
    });
    return view;
  }

  async update(
    actor: AuthenticatedUser,
    id: number,
    dto: UpdateActionDto,
  ): Promise<ActionView> {
    return this.unitOfWork.run((em) => this.updateWithin(em, actor, id, dto));
  }

  /** Updates an action inside a transaction the caller runs, with every rule of a manual edit. */
  async updateWithin(
    em: EntityManager,
    actor: AuthenticatedUser,
    id: number,
    dto: UpdateActionDto,
  ): Promise<ActionView> {
    const action = await this.find(em, id);
    if (actor.role !== 'coordinator') {
      const forbidden = COORDINATOR_ONLY_FIELDS.filter(
        (field) => dto[field] !== undefined,
      );
      if (forbidden.length) {
        throw new ForbiddenException(
          `Only the coordinator changes ${forbidden.join(', ')} of an action`,
        );
      }
    }
    if (dto.version !== action.version) throw staleVersion(action);
    const context = await derivedFactsContext(em, this.clock.now());
    const before = toActionView(action, context);
    const factsBefore = await this.governance.facts(em);

    const problems: FieldProblem[] = [];
    const stream =
      dto.stream === undefined
        ? action.stream
        : await em.findOneBy(Stream, { number: dto.stream });
    const lead =
      dto.lead === undefined
        ? action.lead
        : await this.resolveLead(em, dto.lead, problems);
    const contributors =
      dto.contributors === undefined
        ? action.contributors
        : await this.resolvePartners(em, dto.contributors, problems);
    const regions =
      dto.regions === undefined
        ? action.regions
        : await this.resolveRegions(em, dto.regions, problems);
    const startDate =
      dto.startDate === undefined ? action.startDate : dto.startDate;
    const dueDate = dto.dueDate === undefined ? action.dueDate : dto.dueDate;
    checkDates(startDate, dueDate, problems);
    const change: StatusChange = {
      status: dto.status ?? action.status,
      progress: dto.progress ?? action.progress,
      health: dto.health ?? action.health,
      comment: dto.comment ?? null,
    };
    const statusChanged =
      change.status !== action.status ||
      change.progress !== action.progress ||
      change.health !== action.health;
    if (statusChanged) {
      for (const p of statusUpdateProblems(action, change, actor.role))
        problems.push({ field: p.field, problems: [p.problem] });
    }
    if (problems.length || !stream || !lead) throw invalidRequest(problems);
    if (
      dto.code !== undefined &&
      dto.code !== action.code &&
      (await em.existsBy(Action, { code: dto.code }))
    ) {
      throw new ConflictException(
        `An action with the code ${dto.code} already exists`,
      );
    }
    await this.assertLeadRuleKept(
      factsBefore,
      { ...action, lead, status: change.status },
      false,
    );

    const now = this.clock.now().toISOString();
    const result = await em
      .createQueryBuilder()
      .update(Action)
      .set({
        code: dto.code ?? action.code,
        title: dto.title ?? action.title,
        description: dto.description ?? action.description,
        stream,
        phase: dto.phase ?? action.phase,
        lead,
        startDate,
        dueDate,
        status: change.status,
        progress: change.progress,
        health: change.health,
        updatedAt: now,
        ...(statusChanged ? { lastUpdateAt: now } : {}),
        version: () => 'version + 1',
      })
      .where('id = :id AND version = :version', { id, version: dto.version })
      .execute();
    if (result.affected !== 1) throw staleVersion(await this.find(em, id));

    const relations = em
      .createQueryBuilder()
      .relation(Action, 'contributors')
      .of(id);
    if (dto.contributors !== undefined || dto.lead !== undefined) {
      await relations.remove(action.contributors);
      await relations.add(contributors.filter((p) => p.id !== lead.id));
    }
    if (dto.regions !== undefined) {
      const regionRelation = em
        .createQueryBuilder()
        .relation(Action, 'regions')
        .of(id);
      await regionRelation.remove(action.regions);
      await regionRelation.add(regions);
    }
    if (dto.milestones !== undefined) {
      await em.delete(Milestone, { action: { id } });
      await em.save(
        milestoneRows(dto.milestones).map((m) =>
          em.create(Milestone, { ...m, action: { id } }),
        ),
      );
    }
    if (dto.indicators !== undefined) {
      await em.delete(Indicator, { action: { id } });
      await em.save(
        indicatorRows(dto.indicators).map((i) =>
          em.create(Indicator, { ...i, action: { id } }),
        ),
      );
    }
    if (statusChanged) {
      await em.insert(StatusUpdate, {
        action: { id },
        author: { id: actor.id },
        authorName: actor.displayName,
        organisation: await this.organisationOf(em, actor),
        at: now,
        ...change,
        nextSteps: null,
        blockers: null,
      });
    }
    const after = toActionView(await this.find(em, id), context);
    await this.audit.record(em, actor, {
      action: 'update',
      entityType: 'action',
      entityId: id,
      summary: `Updated ${after.code} ${after.title}`,
      before,
      after,
    });
    return after;
  }

  async remove(actor: AuthenticatedUser, id: number): Promise<void> {
    await this.unitOfWork.run(async (em) => {
      const action = await this.find(em, id);
      await this.assertLeadRuleKept(
        await this.governance.facts(em),
        action,
        true,
      );
      const before = toActionView(
        action,
        await derivedFactsContext(em, this.clock.now()),
      );
      await em.update(
        Action,
        { id },
        {
          deletedAt: this.clock.now().toISOString(),
          version: action.version + 1,
        },
      );
      await this.audit.record(em, actor, {
        action: 'delete',
        entityType: 'action',
        entityId: id,
        summary: `Deleted ${action.code} ${action.title}`,
        before,
      });
    });
  }

  listUpdates(
    id: number,
    query: { page?: number; pageSize?: number },
  ): Promise<Page<StatusUpdateView>> {
    return this.cache.read(
      `action updates ${id} ${JSON.stringify(query)}`,
      () => this.readUpdates(id, query),
    );
  }

  private async readUpdates(
    id: number,
    query: { page?: number; pageSize?: number },
  ): Promise<Page<StatusUpdateView>> {
    const em = this.dataSource.manager;
    if (!(await em.existsBy(Action, { id, deletedAt: IsNull() })))
      throw notFound('Action', id);
    const request = pageRequest(query, HISTORY_PAGE_SIZE);
    const [updates, total] = await em.findAndCount(StatusUpdate, {
      where: { action: { id } },
      order: { at: 'DESC', id: 'DESC' },
      skip: request.skip,
      take: request.take,
    });
    return toPage(
      updates.map((u) => toStatusUpdateView(u, id)),
      total,
      request,
    );
  }

  /** SPEC §2: a status update moves the action's status, progress and health in the same transaction. */
  async addUpdate(
    actor: AuthenticatedUser,
    id: number,
    dto: StatusUpdateDto,
  ): Promise<StatusUpdateResult> {
    return this.unitOfWork.run(async (em) => {
      // A status update names no version: it applies to the action as it is now.
      await this.unitOfWork.lockRow(em, Action, id);
      const action = await this.find(em, id);
      const change: StatusChange = {
        status: dto.status,
        progress: dto.progress,
        health: dto.health,
        comment: dto.comment ?? null,
      };
      const problems = statusUpdateProblems(action, change, actor.role);
      if (problems.length)
        throw invalidRequest(
          problems.map((p) => ({ field: p.field, problems: [p.problem] })),
        );
      // The lead stays: only cancelling can leave a partner leading nothing, so only
      // then are the plan's facts worth loading.
      if (dto.status === 'cancelled')
        await this.assertLeadRuleKept(
          await this.governance.facts(em),
          { ...action, status: dto.status },
          false,
        );

      const context = await derivedFactsContext(em, this.clock.now());
      const before = toActionView(action, context);
      const now = this.clock.now().toISOString();
      const result = await em
        .createQueryBuilder()
        .update(Action)
        .set({
          status: dto.status,
          progress: dto.progress,
          health: dto.health,
          lastUpdateAt: now,
          updatedAt: now,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', {
          id,
          version: action.version,
        })
        .execute();
      if (result.affected !== 1) throw staleVersion(await this.find(em, id));
      const inserted = await em.save(
        em.create(StatusUpdate, {
          action: { id },
          author: { id: actor.id },
          authorName: actor.displayName,
          organisation: await this.organisationOf(em, actor),
          at: now,
          status: dto.status,
          progress: dto.progress,
          health: dto.health,
          comment: dto.comment ?? null,
          nextSteps: dto.nextSteps ?? null,
          blockers: dto.blockers ?? null,
        }),
      );
      const after = toActionView(await this.find(em, id), context);
      const update = toStatusUpdateView(inserted, id);
      await this.audit.record(em, actor, {
        action: 'status-update',
        entityType: 'action',
        entityId: id,
        summary: `Status update on ${action.code}: ${dto.status}, ${dto.progress} %, ${dto.health}`,
        before,
        after: { ...after, update },
      });
      return { update, action: after };
    });
  }

  async listComments(
    id: number,
    query: { page?: number; pageSize?: number },
  ): Promise<Page<CommentView>> {
    const em = this.dataSource.manager;
    if (!(await em.existsBy(Action, { id, deletedAt: IsNull() })))
      throw notFound('Action', id);
    const request = pageRequest(query, HISTORY_PAGE_SIZE);
    const [comments, total] = await em.findAndCount(ActionComment, {
      where: { action: { id } },
      order: { at: 'DESC', id: 'DESC' },
      skip: request.skip,
      take: request.take,
    });
    return toPage(
      comments.map((c) => toCommentView(c, id)),
      total,
      request,
    );
  }

  async addComment(
    actor: AuthenticatedUser,
    id: number,
    dto: CommentDto,
  ): Promise<CommentView> {
    return this.unitOfWork.run(async (em) => {
      const action = await this.find(em, id);
      const saved = await em.save(
        em.create(ActionComment, {
          action: { id },
          author: { id: actor.id },
          authorName: actor.displayName,
          organisation: await this.organisationOf(em, actor),
          at: this.clock.now().toISOString(),
          body: dto.body,
        }),
      );
      const view = toCommentView(saved, id);
      await this.audit.record(em, actor, {
        action: 'comment',
        entityType: 'action',
        entityId: id,
        summary: `Comment on ${action.code}`,
        after: view,
      });
      await this.notifications.publish(em, {
        kind: 'comment',
        action: {
          id,
          code: action.code,
          title: action.title,
          lead: action.lead.slug,
          contributors: action.contributors.map((p) => p.slug),
        },
        authorId: actor.id,
        authorName: actor.displayName,
        excerpt: dto.body,
      });
      return view;
    });
  }

  private async find(em: EntityManager, id: number): Promise<Action> {
    const action = await em.findOne(Action, {
      where: { id, deletedAt: IsNull() },
      relations: FULL_RELATIONS,
    });
    if (!action) throw notFound('Action', id);
    return action;
  }

  // SPEC §3: after adoption, a partner may not be left leading no live action.
  private async assertLeadRuleKept(
    before: GovernanceFacts,
    changed: Pick<Action, 'code' | 'lead' | 'status'>,
    deleting: boolean,
  ): Promise<void> {
    if (!before.planAdopted) return;
    const after: GovernanceFacts = {
      ...before,
      actions: before.actions
        .filter((a) => !(deleting && a.code === changed.code))
        .map((a) =>
          a.code === changed.code
            ? { ...a, lead: changed.lead.slug, status: changed.status }
            : a,
        ),
    };
    const stripped = partnersLeftWithoutAction(before, after);
    if (stripped.length) {
      const names = stripped.map(
        (slug) => before.partners.find((p) => p.slug === slug)?.name ?? slug,
      );
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `The joint action plan is adopted: ${names.join(', ')} would lead no action any more (each partner leads at least one)`,
        partners: stripped,
      });
    }
  }

  private async resolveLead(
    em: EntityManager,
    slug: string,
    problems: FieldProblem[],
  ): Promise<Partner | null> {
    const partner = await em.findOneBy(Partner, { slug });
    if (!partner)
      problems.push({
        field: 'lead',
        problems: [`partner ${slug} does not exist`],
      });
    else if (partner.retiredAt)
      problems.push({
        field: 'lead',
        problems: [`${partner.name} is retired and leads nothing new`],
      });
    return partner;
  }

  private async resolvePartners(
    em: EntityManager,
    slugs: string[],
    problems: FieldProblem[],
  ): Promise<Partner[]> {
    const unique = [...new Set(slugs)];
    const partners = unique.length
      ? await em.find(Partner, { where: { slug: In(unique) } })
      : [];
    const unknown = unique.filter((s) => !partners.some((p) => p.slug === s));
    if (unknown.length)
      problems.push({
        field: 'contributors',
        problems: [`unknown partner ${unknown.join(', ')}`],
      });
    return partners;
  }

  private async resolveRegions(
    em: EntityManager,
    codes: string[],
    problems: FieldProblem[],
  ): Promise<Region[]> {
    const unique = [...new Set(codes)];
    const regions = unique.length
      ? await em.find(Region, { where: { code: In(unique) } })
      : [];
    const unknown = unique.filter((c) => !regions.some((r) => r.code === c));
    if (unknown.length)
      problems.push({
        field: 'regions',
        problems: [`unknown region ${unknown.join(', ')}`],
      });
    return regions;
  }

  // Codes read S<stream>-<nn>, numbered per stream, deleted actions included.
  private async nextCode(em: EntityManager, stream: Stream): Promise<string> {
    const codes: { code: string }[] = await em
      .createQueryBuilder(Action, 'action')
      .select('action.code', 'code')
      .where('action.code LIKE :prefix', { prefix: `${stream.code}-%` })
      .getRawMany();
    const numbers = codes
      .map((c) => Number(c.code.slice(stream.code.length + 1)))
      .filter(Number.isInteger);
    return `${stream.code}-${String(Math.max(0, ...numbers) + 1).padStart(2, '0')}`;
  }

  private async organisationOf(
    em: EntityManager,
    actor: AuthenticatedUser,
  ): Promise<string | null> {
    if (!actor.partnerId) return null;
    return (await em.findOneBy(Partner, { id: actor.partnerId }))?.name ?? null;
  }
}

function checkDates(
  startDate: string | null,
  dueDate: string | null,
  problems: FieldProblem[],
): void {
  if (startDate && dueDate && dueDate < startDate) {
    problems.push({
      field: 'dueDate',
      problems: ['dueDate must not be before startDate'],
    });
  }
}

function staleVersion(current: Action): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `${current.code} was changed by someone else (now version ${current.version}); reload it and apply your change again`,
    currentVersion: current.version,
  });
}

function milestoneRows(
  milestones: { title: string; dueDate: string; doneDate?: string | null }[],
) {
  return milestones.map((m, position) => ({
    position,
    title: m.title,
    dueDate: m.dueDate,
    doneDate: m.doneDate ?? null,
  }));
}

function indicatorRows(
  indicators: {
    name: string;
    unit: string;
    baseline?: number | null;
    target?: number | null;
    actual?: number | null;
  }[],
) {
  return indicators.map((i, position) => ({
    position,
    name: i.name,
    unit: i.unit,
    baseline: i.baseline ?? null,
    target: i.target ?? null,
    actual: i.actual ?? null,
  }));
}
