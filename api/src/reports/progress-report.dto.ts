import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  Min,
  Validate,
  ValidateIf,
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isCalendarDate } from '@ws/domain';
import { CalendarDateConstraint } from '../common/http/calendar-date';
import { REPORT_FORMATS, type ReportFormat } from './progress-report';

@ValidatorConstraint({ name: 'notBeforeFrom' })
class NotBeforeFromConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const from = (args.object as { from?: unknown }).from;
    // A bad `from` is reported on its own; compare only two real dates.
    if (!isCalendarDate(value) || !isCalendarDate(from)) return true;
    return value >= from;
  }

  defaultMessage(): string {
    return 'to must not be before from';
  }
}

@ValidatorConstraint({ name: 'sessionOrPeriod' })
class SessionOrPeriodConstraint implements ValidatorConstraintInterface {
  validate(_: unknown, args: ValidationArguments): boolean {
    const { from, to } = args.object as { from?: unknown; to?: unknown };
    return from === undefined && to === undefined;
  }

  defaultMessage(): string {
    return 'give either session or from and to, not both';
  }
}

const withoutSession = (query: { session?: unknown }) =>
  query.session === undefined;

export class ProgressReportQueryDto {
  @ApiPropertyOptional({
    example: '2026-10-01',
    description: 'First day, Brussels (unless session is given)',
  })
  @ValidateIf(withoutSession)
  @Validate(CalendarDateConstraint)
  from?: string;

  @ApiPropertyOptional({
    example: '2026-11-30',
    description: 'Last day (inclusive), Brussels (unless session is given)',
  })
  @ValidateIf(withoutSession)
  @Validate(CalendarDateConstraint)
  @Validate(NotBeforeFromConstraint)
  to?: string;

  @ApiProperty({ enum: REPORT_FORMATS })
  @IsIn(REPORT_FORMATS, {
    message: `format must be one of ${REPORT_FORMATS.join(', ')}`,
  })
  format!: ReportFormat;

  @ApiPropertyOptional({
    description:
      'Since this working session: from its date to today, with what changed since it closed',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'session must be a working session id' })
  @Min(1, { message: 'session must be a working session id' })
  @Validate(SessionOrPeriodConstraint)
  session?: number;
}
