import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { passwordProblems } from '@ws/domain';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { invalidRequest } from '../common/http/validation';
import { User } from '../users/user.entity';
import {
  toUserView,
  type LoginResponse,
  type UserView,
} from '../users/user.view';
import type { AuthenticatedUser } from './authenticated-user';
import { LoginThrottle } from './login-throttle';
import { Passwords } from './passwords';
import { TokenService } from './token.service';

const WRONG_CREDENTIALS = 'Wrong e-mail or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: Passwords,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async login(
    email: string,
    password: string,
    client: string,
  ): Promise<LoginResponse> {
    this.throttle.assertAllowed(email, client);
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .leftJoinAndSelect('user.partner', 'partner')
      .where('user.email = :email', { email })
      .getOne();
    const valid = await this.passwords.verify(
      user?.passwordHash ?? null,
      password,
    );
    // Unknown e-mail, wrong password and disabled account look the same from outside.
    if (!user || !valid || !user.active) {
      this.throttle.recordFailure(email, client);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    this.throttle.recordSuccess(email);
    user.lastSignInAt = this.clock.now().toISOString();
    const lastSignInAt = user.lastSignInAt;
    await this.unitOfWork.run((em) =>
      em.update(User, { id: user.id }, { lastSignInAt }),
    );
    const token = await this.tokens.issue({
      sub: user.id,
      tv: user.tokenVersion,
    });
    return { ...token, user: toUserView(user) };
  }

  async me(actor: AuthenticatedUser): Promise<UserView> {
    return toUserView(
      await this.users.findOneOrFail({
        where: { id: actor.id },
        relations: { partner: true },
      }),
    );
  }

  /** Changes the actor's password; every other session ends, this one gets a new token. */
  async changePassword(
    actor: AuthenticatedUser,
    currentPassword: string,
    newPassword: string,
  ): Promise<LoginResponse> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .leftJoinAndSelect('user.partner', 'partner')
      .where('user.id = :id', { id: actor.id })
      .getOneOrFail();
    const problems = [];
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      problems.push({
        field: 'currentPassword',
        problems: ['currentPassword is not your current password'],
      });
    }
    const weaknesses = passwordProblems(newPassword, user.email);
    if (weaknesses.length)
      problems.push({
        field: 'newPassword',
        problems: weaknesses.map((w) => `newPassword ${w}`),
      });
    if (newPassword === currentPassword)
      problems.push({
        field: 'newPassword',
        problems: ['newPassword must differ from the current one'],
      });
    if (problems.length) throw invalidRequest(problems);

    const passwordHash = await this.passwords.hash(newPassword);
    await this.unitOfWork.run(async (em) => {
      await em.update(
        User,
        { id: user.id },
        {
          passwordHash,
          tokenVersion: user.tokenVersion + 1,
          updatedAt: this.clock.now().toISOString(),
        },
      );
      await this.audit.record(em, actor, {
        action: 'change-password',
        entityType: 'user',
        entityId: user.id,
        summary: `${user.email} changed their password`,
      });
    });
    const token = await this.tokens.issue({
      sub: user.id,
      tv: user.tokenVersion + 1,
    });
    return { ...token, user: toUserView(user) };
  }
}
