import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsOptional,
  Validate,
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

@ValidatorConstraint({ name: 'noWorkingSessions' })
class NoWorkingSessionsConstraint implements ValidatorConstraintInterface {
  validate(): boolean {
    return false;
  }

  defaultMessage(): string {
    return 'working sessions do not exist yet';
  }
}

export class ProgressReportQueryDto {
  @ApiProperty({ example: '2026-10-01', description: 'First day, Brussels' })
  @Validate(CalendarDateConstraint)
  from!: string;

  @ApiProperty({
    example: '2026-11-30',
    description: 'Last day (inclusive), Brussels',
  })
  @Validate(CalendarDateConstraint)
  @Validate(NotBeforeFromConstraint)
  to!: string;

  @ApiProperty({ enum: REPORT_FORMATS })
  @IsIn(REPORT_FORMATS, {
    message: `format must be one of ${REPORT_FORMATS.join(', ')}`,
  })
  format!: ReportFormat;

  // SPEC §7 names `session=<id>`; it waits for the working sessions.
  @ApiPropertyOptional({ description: 'Not available yet' })
  @IsOptional()
  @Validate(NoWorkingSessionsConstraint)
  session?: string;
}
