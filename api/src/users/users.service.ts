import { ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, type Repository } from 'typeorm';
import { type Page, passwordProblems, type Role } from '@ws/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Passwords } from '../auth/passwords';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { notFound } from '../common/http/not-found';
import { pageRequest, toPage } from '../common/http/pagination';
import { type FieldProblem, invalidRequest } from '../common/http/validation';
import { Partner } from '../partners/partner.entity';
import { User } from './user.entity';
import { toUserView, type UserView } from './user.view';
import type { CreateUserDto, UpdateUserDto, UsersQueryDto } from './users.dto';

export const USERS_PAGE_SIZE = 50;

@Injectable()
export class UsersService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: Passwords,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: UsersQueryDto): Promise<Page<UserView>> {
    const request = pageRequest(query, USERS_PAGE_SIZE);
    const builder = this.users
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.partner', 'partner')
      .orderBy('user.id', 'ASC')
      .skip(request.skip)
      .take(request.take);
    if (query.role) builder.andWhere('user.role = :role', { role: query.role });
    if (query.partner)
      builder.andWhere('partner.slug = :partner', { partner: query.partner });
    if (query.active)
      builder.andWhere('user.active = :active', {
        active: query.active === 'true',
      });
    if (query.q) {
      const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere(
        new Brackets((where) =>
          where
            .where("LOWER(user.email) LIKE :like ESCAPE '\\'", { like })
            .orWhere("LOWER(user.displayName) LIKE :like ESCAPE '\\'", {
              like,
            }),
        ),
      );
    }
    const [users, total] = await builder.getManyAndCount();
    return toPage(users.map(toUserView), total, request);
  }

  async get(id: number): Promise<UserView> {
    return toUserView(await this.find(this.users.manager, id));
  }

  async create(
    actor: AuthenticatedUser,
    dto: CreateUserDto,
  ): Promise<UserView> {
    return this.unitOfWork.run(async (em) => {
      const partner = await this.resolvePartner(
        em,
        dto.role,
        dto.partner ?? null,
        'partner',
      );
      this.assertPasswordStrong(dto.password, dto.email, 'password');
      if (await em.existsBy(User, { email: dto.email })) {
        throw new ConflictException(
          `An account with the e-mail ${dto.email} already exists`,
        );
      }
      const now = this.clock.now().toISOString();
      const saved = await em.save(
        em.create(User, {
          email: dto.email,
          displayName: dto.displayName,
          role: dto.role,
          partner,
          active: true,
          passwordHash: await this.passwords.hash(dto.password),
          tokenVersion: 0,
          lastSignInAt: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      const view = toUserView(saved);
      await this.audit.record(em, actor, {
        action: 'create',
        entityType: 'user',
        entityId: saved.id,
        summary: `Created the ${dto.role} account ${dto.email}`,
        after: view,
      });
      return view;
    });
  }

  async update(
    actor: AuthenticatedUser,
    id: number,
    dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.unitOfWork.run(async (em) => {
      const user = await this.find(em, id);
      const before = toUserView(user);
      const role = dto.role ?? user.role;
      const partnerSlug =
        dto.partner === undefined ? (user.partner?.slug ?? null) : dto.partner;
      const partner = await this.resolvePartner(
        em,
        role,
        partnerSlug,
        dto.partner === undefined ? 'role' : 'partner',
      );
      if (dto.password !== undefined)
        this.assertPasswordStrong(dto.password, user.email, 'password');
      const losesCoordination =
        user.role === 'coordinator' &&
        user.active &&
        (role !== 'coordinator' || dto.active === false);
      if (losesCoordination) await this.assertAnotherCoordinator(em, user);

      user.displayName = dto.displayName ?? user.displayName;
      user.role = role;
      user.partner = partner;
      if (dto.active !== undefined) user.active = dto.active;
      if (dto.password !== undefined)
        user.passwordHash = await this.passwords.hash(dto.password);
      // A new password, a disabled account or a new role ends every open session.
      if (
        dto.password !== undefined ||
        dto.active === false ||
        role !== before.role
      )
        user.tokenVersion += 1;
      user.updatedAt = this.clock.now().toISOString();
      const saved = await em.save(user);
      const after = toUserView(saved);
      await this.audit.record(em, actor, {
        action: dto.password !== undefined ? 'update+password-reset' : 'update',
        entityType: 'user',
        entityId: saved.id,
        summary: `Updated the account ${saved.email}`,
        before,
        after,
      });
      return after;
    });
  }

  private async find(em: EntityManager, id: number): Promise<User> {
    const user = await em.findOne(User, {
      where: { id },
      relations: { partner: true },
    });
    if (!user) throw notFound('User', id);
    return user;
  }

  // SPEC §4: an editor is bound to one partner; other roles may name theirs.
  private async resolvePartner(
    em: EntityManager,
    role: Role,
    slug: string | null,
    field: string,
  ): Promise<Partner | null> {
    if (!slug) {
      if (role === 'editor')
        throw invalidRequest([
          { field, problems: ['an editor must belong to a partner'] },
        ]);
      return null;
    }
    const partner = await em.findOneBy(Partner, { slug });
    if (!partner)
      throw invalidRequest([
        { field: 'partner', problems: [`partner ${slug} does not exist`] },
      ]);
    return partner;
  }

  private assertPasswordStrong(
    password: string,
    email: string,
    field: string,
  ): void {
    const problems = passwordProblems(password, email);
    if (problems.length)
      throw invalidRequest([
        {
          field,
          problems: problems.map((p) => `${field} ${p}`),
        } satisfies FieldProblem,
      ]);
  }

  private async assertAnotherCoordinator(
    em: EntityManager,
    user: User,
  ): Promise<void> {
    const others = await em
      .createQueryBuilder(User, 'user')
      .where('user.role = :role AND user.active = :active AND user.id <> :id', {
        role: 'coordinator',
        active: true,
        id: user.id,
      })
      .getCount();
    if (others === 0) {
      throw new ConflictException(
        `${user.email} is the last active coordinator; appoint another one first`,
      );
    }
  }
}
