import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidateIf,
} from 'class-validator';
import {
  booleanFlag,
  commaList,
  commaNumbers,
} from '../common/http/query-lists';
import {
  ACTION_CODE_PATTERN,
  ACTION_STATUSES,
  type ActionStatus,
  HEALTHS,
  type Health,
  PHASE_KEYS,
  type PhaseKey,
  REGION_CODE_PATTERN,
  SLUG_PATTERN,
  STREAM_NUMBERS,
  type StreamNumber,
} from '@ws/domain';
import { CalendarDateConstraint } from '../common/http/calendar-date';
import {
  NestedList,
  nullableTrimmed,
  OmittableNotNull,
  trimmed,
} from '../common/http/dto-fields';
import { PageQueryDto } from '../common/http/pagination';

export class MilestoneInputDto {
  @ApiProperty({ example: 'Joint workshop in Lyon' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: '2027-03-31' })
  @Validate(CalendarDateConstraint)
  dueDate!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: null })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Validate(CalendarDateConstraint)
  doneDate?: string | null;
}

/** A finite indicator figure, or null when not known. */
const OptionalIndicatorValue = () =>
  applyDecorators(
    ApiPropertyOptional({ type: Number, nullable: true }),
    ValidateIf((_, value) => value !== null && value !== undefined),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(-1e12),
    Max(1e12),
  );

export class IndicatorInputDto {
  @ApiProperty({ example: 'SMEs reached' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'companies' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(40)
  unit!: string;

  @OptionalIndicatorValue()
  baseline?: number | null;

  @OptionalIndicatorValue()
  target?: number | null;

  @OptionalIndicatorValue()
  actual?: number | null;
}

/** Fields shared by create and update; on create the required ones are checked by CreateActionDto. */
class ActionFieldsDto {
  @ApiPropertyOptional({
    example: 'S3-04',
    description: 'Unique; generated from the stream when left out',
  })
  @OmittableNotNull()
  @Transform(({ value }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @Matches(ACTION_CODE_PATTERN, {
    message: 'code must be letters, digits and hyphens, such as S3-04',
  })
  @MaxLength(20)
  code?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(nullableTrimmed)
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Slugs of the contributing partners',
  })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(SLUG_PATTERN, {
    each: true,
    message: 'contributors must be partner slugs',
  })
  contributors?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Region codes' })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(REGION_CODE_PATTERN, {
    each: true,
    message: 'regions must be region codes such as ES51',
  })
  regions?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-09-01' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Validate(CalendarDateConstraint)
  startDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-06-30' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Validate(CalendarDateConstraint)
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: ACTION_STATUSES })
  @OmittableNotNull()
  @IsIn(ACTION_STATUSES)
  status?: ActionStatus;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @OmittableNotNull()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number;

  @ApiPropertyOptional({ enum: HEALTHS })
  @OmittableNotNull()
  @IsIn(HEALTHS)
  health?: Health;

  @ApiPropertyOptional({ type: [MilestoneInputDto] })
  @OmittableNotNull()
  @NestedList(() => MilestoneInputDto, 100)
  milestones?: MilestoneInputDto[];

  @ApiPropertyOptional({ type: [IndicatorInputDto] })
  @OmittableNotNull()
  @NestedList(() => IndicatorInputDto, 50)
  indicators?: IndicatorInputDto[];
}

export class CreateActionDto extends ActionFieldsDto {
  @ApiProperty({ example: 'Joint roadmap on additive manufacturing' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: STREAM_NUMBERS })
  @IsIn(STREAM_NUMBERS, {
    message: 'stream must be a stream number from 1 to 5',
  })
  stream!: StreamNumber;

  @ApiProperty({ enum: PHASE_KEYS })
  @IsIn(PHASE_KEYS)
  phase!: PhaseKey;

  @ApiProperty({ example: 'afil', description: 'Slug of the lead partner' })
  @Matches(SLUG_PATTERN, { message: 'lead must be a partner slug' })
  lead!: string;
}

export class UpdateActionDto extends ActionFieldsDto {
  @ApiProperty({
    description: 'The version read; a stale one is refused with 409',
  })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ enum: STREAM_NUMBERS })
  @OmittableNotNull()
  @IsIn(STREAM_NUMBERS, {
    message: 'stream must be a stream number from 1 to 5',
  })
  stream?: StreamNumber;

  @ApiPropertyOptional({ enum: PHASE_KEYS })
  @OmittableNotNull()
  @IsIn(PHASE_KEYS)
  phase?: PhaseKey;

  @ApiPropertyOptional({ description: 'Slug of the lead partner' })
  @OmittableNotNull()
  @Matches(SLUG_PATTERN, { message: 'lead must be a partner slug' })
  lead?: string;

  @ApiPropertyOptional({
    description:
      'Why the status or health changes (required when it becomes amber, red, on hold or cancelled)',
  })
  @IsOptional()
  @Transform(nullableTrimmed)
  @IsString()
  @MaxLength(5000)
  comment?: string | null;
}

export class StatusUpdateDto {
  @ApiProperty({ enum: ACTION_STATUSES })
  @IsIn(ACTION_STATUSES)
  status!: ActionStatus;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  progress!: number;

  @ApiProperty({ enum: HEALTHS })
  @IsIn(HEALTHS)
  health!: Health;

  @ApiPropertyOptional({
    description:
      'Required when health is amber or red, or the action goes on hold, is cancelled or reopened',
  })
  @IsOptional()
  @Transform(nullableTrimmed)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(5000)
  comment?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(nullableTrimmed)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(5000)
  nextSteps?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(nullableTrimmed)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(5000)
  blockers?: string | null;
}

export class CommentDto {
  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(5000)
  body!: string;
}

export const ACTION_SORT_KEYS = [
  'code',
  'title',
  'stream',
  'phase',
  'lead',
  'status',
  'health',
  'progress',
  'dueDate',
  'updatedAt',
] as const;
export type ActionSortKey = (typeof ACTION_SORT_KEYS)[number];
const SORTS = ACTION_SORT_KEYS.flatMap((key) => [key, `-${key}`]);

export class ActionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Stream numbers, comma-separated',
    example: '1,3',
  })
  @IsOptional()
  @Transform(commaNumbers)
  @IsIn(STREAM_NUMBERS, {
    each: true,
    message: 'stream must be stream numbers from 1 to 5',
  })
  stream?: number[];

  @ApiPropertyOptional({ description: 'Phase keys, comma-separated' })
  @IsOptional()
  @Transform(commaList)
  @IsIn(PHASE_KEYS, { each: true })
  phase?: PhaseKey[];

  @ApiPropertyOptional({
    description: 'Slugs of lead partners, comma-separated',
  })
  @IsOptional()
  @Transform(commaList)
  @Matches(SLUG_PATTERN, { each: true, message: 'lead must be partner slugs' })
  lead?: string[];

  @ApiPropertyOptional({
    description: 'Slugs of contributing partners, comma-separated',
  })
  @IsOptional()
  @Transform(commaList)
  @Matches(SLUG_PATTERN, {
    each: true,
    message: 'contributor must be partner slugs',
  })
  contributor?: string[];

  @ApiPropertyOptional({
    description: 'Slugs of partners that lead or contribute, comma-separated',
  })
  @IsOptional()
  @Transform(commaList)
  @Matches(SLUG_PATTERN, {
    each: true,
    message: 'partner must be partner slugs',
  })
  partner?: string[];

  @ApiPropertyOptional({ description: 'Region codes, comma-separated' })
  @IsOptional()
  @Transform(commaList)
  @Matches(REGION_CODE_PATTERN, {
    each: true,
    message: 'region must be region codes such as ES51',
  })
  region?: string[];

  @ApiPropertyOptional({ description: 'Statuses, comma-separated' })
  @IsOptional()
  @Transform(commaList)
  @IsIn(ACTION_STATUSES, { each: true })
  status?: ActionStatus[];

  @ApiPropertyOptional({ description: 'Healths, comma-separated' })
  @IsOptional()
  @Transform(commaList)
  @IsIn(HEALTHS, { each: true })
  health?: Health[];

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(booleanFlag)
  @IsIn([true, false], { message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(booleanFlag)
  @IsIn([true, false], { message: 'stale must be true or false' })
  stale?: boolean;

  @ApiPropertyOptional({
    description: 'Text in the code, title or description',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SORTS, default: 'code' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}
