import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidateIf,
} from 'class-validator';
import {
  PHASE_KEYS,
  type PhaseKey,
  SLUG_PATTERN,
  STREAM_NUMBERS,
  type StreamNumber,
} from '@ws/domain';
import { CalendarDateConstraint } from '../common/http/calendar-date';
import {
  NestedList,
  nullableTrimmed,
  present,
  trimmed,
} from '../common/http/dto-fields';

export class SessionAttendeeDto {
  @ApiPropertyOptional({ description: 'Id of an account of the tool' })
  @ValidateIf((o: SessionAttendeeDto) => o.partner === undefined)
  @IsInt({ message: 'user must be an account id (or give partner instead)' })
  @Min(1)
  user?: number;

  @ApiPropertyOptional({ description: 'Slug of a partner organisation' })
  @ValidateIf((o: SessionAttendeeDto) => o.user === undefined)
  @Matches(SLUG_PATTERN, {
    message: 'partner must be a partner slug (or give user instead)',
  })
  partner?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  present?: boolean;
}

export class DecisionDto {
  @ApiPropertyOptional({
    description: 'Keeps an existing decision of this session',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  id?: number;

  @ApiProperty({ example: 'Draft the joint roadmap on additive manufacturing' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(2000)
  text!: string;

  @ApiProperty({ example: 'afil', description: 'Slug of the owner partner' })
  @Matches(SLUG_PATTERN, { message: 'owner must be a partner slug' })
  owner!: string;

  @ApiProperty({ example: '2027-01-31' })
  @Validate(CalendarDateConstraint)
  dueDate!: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Id of the action the decision changes',
  })
  @ValidateIf(present)
  @IsInt()
  @Min(1)
  action?: number | null;
}

class SessionFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Lyon' })
  @IsOptional()
  @Transform(nullableTrimmed)
  @ValidateIf(present)
  @IsString()
  @MaxLength(200)
  place?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'https://meet.example/4m4iof',
  })
  @IsOptional()
  @Transform(nullableTrimmed)
  @ValidateIf(present)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'link must be an http or https address' },
  )
  @MaxLength(500)
  link?: string | null;

  @ApiPropertyOptional({ type: [SessionAttendeeDto] })
  @IsOptional()
  @NestedList(() => SessionAttendeeDto, 200)
  attendees?: SessionAttendeeDto[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'agenda items must not be empty' })
  @MaxLength(500, { each: true })
  agenda?: string[];

  @ApiPropertyOptional({ type: [DecisionDto] })
  @IsOptional()
  @NestedList(() => DecisionDto, 100)
  decisions?: DecisionDto[];

  @ApiPropertyOptional({ description: 'Markdown' })
  @IsOptional()
  @IsString()
  @MaxLength(100000)
  minutes?: string;
}

export class CreateWorkingSessionDto extends SessionFieldsDto {
  @ApiProperty({ example: '2027-01-20' })
  @Validate(CalendarDateConstraint)
  date!: string;
}

export class UpdateWorkingSessionDto extends SessionFieldsDto {
  @ApiPropertyOptional({ example: '2027-01-20' })
  @IsOptional()
  @Validate(CalendarDateConstraint)
  date?: string;
}

export class FollowUpActionDto {
  @ApiProperty({ enum: STREAM_NUMBERS })
  @IsIn(STREAM_NUMBERS, {
    message: 'stream must be a stream number from 1 to 5',
  })
  stream!: StreamNumber;

  @ApiProperty({ enum: PHASE_KEYS })
  @IsIn(PHASE_KEYS)
  phase!: PhaseKey;

  @ApiPropertyOptional({ description: 'The decision text when left out' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;
}

export const AGENDA_FORMATS = ['pdf', 'md'] as const;
export type AgendaFormat = (typeof AGENDA_FORMATS)[number];

export class AgendaQueryDto {
  @ApiProperty({ enum: AGENDA_FORMATS })
  @IsIn(AGENDA_FORMATS, { message: 'format must be pdf or md' })
  format!: AgendaFormat;
}
