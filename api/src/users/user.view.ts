import { ApiProperty } from '@nestjs/swagger';
import {
  type LoginResponse as LoginContract,
  ROLES,
  type Role,
  type UserView as UserContract,
} from '@ws/domain';
import { PageOf } from '../common/http/page.view';
import type { User } from './user.entity';

export class UserView implements UserContract {
  @ApiProperty()
  id!: number;
  @ApiProperty({ example: 'editor.afil@4m4iof.example' })
  email!: string;
  @ApiProperty()
  displayName!: string;
  @ApiProperty({ enum: ROLES })
  role!: Role;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Slug of the partner (always set for editors)',
  })
  partner!: string | null;
  @ApiProperty({ type: String, nullable: true })
  partnerName!: string | null;
  @ApiProperty({
    description:
      "Whether the user's partner has retired: its editors then only read",
  })
  partnerRetired!: boolean;
  @ApiProperty()
  active!: boolean;
  @ApiProperty({ type: String, nullable: true })
  lastSignInAt!: string | null;
  @ApiProperty()
  createdAt!: string;
}

export class UserPage extends PageOf(UserView) {}

export class LoginResponse implements LoginContract {
  @ApiProperty({ description: 'Send as Authorization: Bearer <accessToken>' })
  accessToken!: string;
  @ApiProperty()
  expiresAt!: string;
  @ApiProperty({ type: UserView })
  user!: UserView;
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    partner: user.partner?.slug ?? null,
    partnerName: user.partner?.name ?? null,
    partnerRetired: (user.partner?.retiredAt ?? null) !== null,
    active: user.active,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
  };
}
