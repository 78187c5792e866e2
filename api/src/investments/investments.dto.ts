import { applyDecorators } from '@nestjs/common';
import {
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
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
  INVESTMENT_STATUSES,
  type InvestmentStatus,
  MAX_AMOUNT_CENTS,
  REGION_CODE_PATTERN,
  SLUG_PATTERN,
} from '@ws/domain';
import { CalendarDateConstraint } from '../common/http/calendar-date';
import { nullableTrimmed, trimmed } from '../common/http/dto-fields';
import { PageQueryDto } from '../common/http/pagination';
import { commaList } from '../common/http/query-lists';

/** Whole euro cents, from 0 to €10 billion; optional unless `required`. */
const Cents = (property: string, description: string, required = false) =>
  applyDecorators(
    ...(required
      ? [ApiProperty({ description, example: 125000000 })]
      : [ApiPropertyOptional({ description }), IsOptional()]),
    IsInt({ message: `${property} must be a whole number of cents` }),
    Min(0, { message: `${property} must not be negative` }),
    Max(MAX_AMOUNT_CENTS, {
      message: `${property} must not exceed ${MAX_AMOUNT_CENTS} cents`,
    }),
  );

/** Fields shared by create and update; on create the required ones are checked by CreateInvestmentDto. */
class InvestmentFieldsDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'HORIZON-CL4-2027-TWIN-TRANSITION-01',
  })
  @IsOptional()
  @Transform(nullableTrimmed)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(200)
  call?: string | null;

  @Cents(
    'cofinancingCents',
    'Co-financing the partners bring, in euro cents: at most the amount',
  )
  cofinancingCents?: number;

  @ApiPropertyOptional({ enum: INVESTMENT_STATUSES })
  @IsOptional()
  @IsIn(INVESTMENT_STATUSES)
  status?: InvestmentStatus;

  @ApiPropertyOptional({
    type: [String],
    description: 'Slugs of the other partners',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(SLUG_PATTERN, {
    each: true,
    message: 'partners must be partner slugs',
  })
  partners?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Region codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(REGION_CODE_PATTERN, {
    each: true,
    message: 'regions must be region codes such as ES51',
  })
  regions?: string[];

  @ApiPropertyOptional({ type: [Number], description: 'Ids of linked actions' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsInt({ each: true, message: 'actions must be action ids' })
  @Min(1, { each: true, message: 'actions must be action ids' })
  actions?: number[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-02-18' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Validate(CalendarDateConstraint)
  deadline?: string | null;

  @ApiPropertyOptional({
    description: 'Why the status changes; kept in the history',
  })
  @IsOptional()
  @Transform(nullableTrimmed)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(5000)
  comment?: string | null;
}

export class CreateInvestmentDto extends InvestmentFieldsDto {
  @ApiProperty({ example: 'Interregional pilot line for recycled composites' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({
    example: 'horizon-europe',
    description: 'Funding instrument slug',
  })
  @Matches(SLUG_PATTERN, { message: 'instrument must be an instrument slug' })
  instrument!: string;

  @Cents('amountCents', 'Amount of the proposal in euro cents', true)
  amountCents!: number;

  @ApiProperty({
    example: 'plastipolis',
    description: 'Slug of the lead partner',
  })
  @Matches(SLUG_PATTERN, { message: 'lead must be a partner slug' })
  lead!: string;
}

export class UpdateInvestmentDto extends InvestmentFieldsDto {
  @ApiProperty({
    description: 'The version read; a stale one is refused with 409',
  })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ description: 'Funding instrument slug' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'instrument must be an instrument slug' })
  instrument?: string;

  @Cents('amountCents', 'Amount of the proposal in euro cents')
  amountCents?: number;

  @ApiPropertyOptional({ description: 'Slug of the lead partner' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'lead must be a partner slug' })
  lead?: string;
}

/** Filters shared by the list and the pipeline totals. */
export class InvestmentFiltersDto {
  @ApiPropertyOptional({ description: 'Instrument slugs, comma-separated' })
  @IsOptional()
  @Transform(commaList)
  @Matches(SLUG_PATTERN, {
    each: true,
    message: 'instrument must be instrument slugs',
  })
  instrument?: string[];

  @ApiPropertyOptional({
    description: 'Slugs of lead partners, comma-separated',
  })
  @IsOptional()
  @Transform(commaList)
  @Matches(SLUG_PATTERN, { each: true, message: 'lead must be partner slugs' })
  lead?: string[];

  @ApiPropertyOptional({
    description: 'Slugs of partners leading or taking part, comma-separated',
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
}

export const INVESTMENT_SORT_KEYS = [
  'title',
  'instrument',
  'status',
  'lead',
  'amountCents',
  'deadline',
  'updatedAt',
] as const;
const SORTS = INVESTMENT_SORT_KEYS.flatMap((key) => [key, `-${key}`]);

export class InvestmentsQueryDto extends IntersectionType(
  PageQueryDto,
  InvestmentFiltersDto,
) {
  @ApiPropertyOptional({ description: 'Statuses, comma-separated' })
  @IsOptional()
  @Transform(commaList)
  @IsIn(INVESTMENT_STATUSES, { each: true })
  status?: InvestmentStatus[];

  @ApiPropertyOptional({ description: 'Text in the title or the call' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SORTS, default: 'deadline' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}
