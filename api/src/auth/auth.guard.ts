import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { IsNull, type Repository } from 'typeorm';
import { can, type Permission, ROLE_LABELS } from '@ws/domain';
import { Action } from '../actions/action.entity';
import { ReadCache } from '../common/database/read-cache';
import { Investment } from '../investments/investment.entity';
import { User } from '../users/user.entity';
import {
  type AuthenticatedUser,
  toAuthenticatedUser,
} from './authenticated-user';
import { POLICY_KEY, type RoutePolicy } from './policy.decorator';
import { TokenService } from './token.service';

/**
 * Runs before every route. The user is re-read after every commit, so a disabled
 * account or a changed password stops older tokens at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(Investment)
    private readonly investments: Repository<Investment>,
    private readonly cache: ReadCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(
      POLICY_KEY,
      [context.getHandler(), context.getClass()],
    );
    if (!policy) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access policy`,
      );
      throw new ForbiddenException('This route declares no access policy');
    }
    if (policy.kind === 'public') return true;

    const request = context
      .switchToHttp()
      .getRequest<Request & { user?: AuthenticatedUser }>();
    const user = await this.authenticate(request);
    if (!can(user, policy.permission)) {
      throw new ForbiddenException(
        user.partnerRetired
          ? `${user.partner} is retired from the partnership: its editors only read`
          : `A ${ROLE_LABELS[user.role].toLowerCase()} may not do this (${policy.permission})`,
      );
    }
    if (policy.scope === 'action') {
      await this.checkActionScope(
        user,
        policy.permission,
        request.params['id'],
      );
    }
    if (policy.scope === 'investment') {
      await this.checkInvestmentScope(
        user,
        policy.permission,
        request.params['id'],
      );
    }
    request.user = user;
    return true;
  }

  // An unknown or malformed id is left to the handler, which answers 400 or 404.
  private async checkActionScope(
    user: AuthenticatedUser,
    permission: Permission,
    id: string | undefined,
  ): Promise<void> {
    if (!id || !/^[1-9][0-9]{0,9}$/.test(id)) return;
    const action = await this.actions.findOne({
      where: { id: Number(id), deletedAt: IsNull() },
      relations: { lead: true, contributors: true },
    });
    if (!action) return;
    const scope = {
      lead: action.lead.slug,
      contributors: action.contributors.map((p) => p.slug),
    };
    if (!can(user, permission, scope)) {
      const what = permission === 'comment-action' ? 'comment on' : 'change';
      throw new ForbiddenException(
        `Only the coordinator and ${action.lead.name}'s editors may ${what} ${action.code}`,
      );
    }
  }

  // As for actions, an unknown or malformed id is left to the handler.
  private async checkInvestmentScope(
    user: AuthenticatedUser,
    permission: Permission,
    id: string | undefined,
  ): Promise<void> {
    if (!id || !/^[1-9][0-9]{0,9}$/.test(id)) return;
    const investment = await this.investments.findOne({
      where: { id: Number(id) },
      relations: { lead: true, partners: true },
    });
    if (!investment) return;
    const scope = {
      lead: investment.lead.slug,
      contributors: investment.partners.map((p) => p.slug),
    };
    if (!can(user, permission, scope)) {
      throw new ForbiddenException(
        `Only the coordinator and ${investment.lead.name}'s editors may change the investment proposal "${investment.title}"`,
      );
    }
  }

  private async authenticate(request: Request): Promise<AuthenticatedUser> {
    const header = request.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthorizedException(
        'Sign in first: send Authorization: Bearer <accessToken>',
      );
    }
    const claims = await this.tokens.verify(token);
    const user = claims
      ? await this.cache.read(`user ${claims.sub}`, () =>
          this.users
            .createQueryBuilder('user')
            .leftJoinAndSelect('user.partner', 'partner')
            .where('user.id = :id', { id: claims.sub })
            .getOne(),
        )
      : null;
    if (!claims || !user || !user.active || user.tokenVersion !== claims.tv) {
      throw new UnauthorizedException(
        'Your session is invalid or has expired; sign in again',
      );
    }
    return toAuthenticatedUser(user);
  }
}
