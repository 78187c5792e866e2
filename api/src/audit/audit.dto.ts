import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsOptional,
  Matches,
  MaxLength,
  Validate,
} from 'class-validator';
import { PageQueryDto } from '../common/http/pagination';
import { CalendarDateConstraint } from '../common/http/calendar-date';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: 'user',
    description: 'Kind of entity: user, action, partnership, …',
  })
  @IsOptional()
  @Matches(/^[a-z][a-z-]{0,39}$/, {
    message: 'entity must be an entity kind such as user',
  })
  entity?: string;

  @ApiPropertyOptional({ description: 'Id or key of the entity' })
  @IsOptional()
  @MaxLength(80)
  entityId?: string;

  @ApiPropertyOptional({
    description: 'E-mail of the user who made the change',
  })
  @IsOptional()
  @IsEmail({}, { message: 'user must be an e-mail address' })
  user?: string;

  @ApiPropertyOptional({
    example: '2026-11-01',
    description: 'First Brussels calendar day (YYYY-MM-DD)',
  })
  @IsOptional()
  @Validate(CalendarDateConstraint)
  from?: string;

  @ApiPropertyOptional({
    example: '2026-11-30',
    description: 'Last Brussels calendar day (YYYY-MM-DD), included',
  })
  @IsOptional()
  @Validate(CalendarDateConstraint)
  to?: string;
}
