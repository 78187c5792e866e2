import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  MAX_PASSWORD_LENGTH,
  ROLES,
  type Role,
  SLUG_PATTERN,
} from '@ws/domain';
import { OmittableNotNull, trimmed } from '../common/http/dto-fields';
import { PageQueryDto } from '../common/http/pagination';

const lowercased = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CreateUserDto {
  @ApiProperty({ example: 'jane.doe@afil.example' })
  @Transform(lowercased)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Jane Doe' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Partner slug; required for editors',
  })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'partner must be a partner slug' })
  partner?: string | null;

  @ApiProperty({ description: 'Initial password (at least 10 characters)' })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Partner slug, or null to clear it',
  })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'partner must be a partner slug' })
  partner?: string | null;

  @ApiPropertyOptional({
    description: 'false disables the account: its tokens stop working at once',
  })
  // Left out means unchanged; null is refused like any other non-boolean.
  @OmittableNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({
    description: 'A new password (reset by the coordinator)',
  })
  @OmittableNotNull()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password?: string;
}

export class UsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Partner slug' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'partner must be a partner slug' })
  partner?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'active must be true or false' })
  active?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Text in the e-mail or name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
