import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  ValidateIf,
} from 'class-validator';
import {
  EFFRA_DOMAIN_CODES,
  type EffraDomainCode,
  MEMBERSHIP_KINDS,
  type MembershipKind,
  PARTNER_KINDS,
  type PartnerKind,
  REGION_CODE_PATTERN,
  SLUG_PATTERN,
} from '@ws/domain';
import { OmittableNotNull, present, trimmed } from '../common/http/dto-fields';

const upper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** The partner fields both creation and change accept, all optional here. */
class PartnerFieldsDto {
  @ApiPropertyOptional({
    example: 'Clúster Digital de Catalunya',
    description: 'Full legal name; the name when left out',
  })
  @OmittableNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(240)
  fullName?: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Size of the network (Annex 1); null when not known',
  })
  @ValidateIf(present)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  networkSize?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Number of SMEs; null when not known',
  })
  @ValidateIf(present)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  smes?: number | null;

  @ApiPropertyOptional({ description: 'Main thematic' })
  @OmittableNotNull()
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  thematic?: string;

  @ApiPropertyOptional({ enum: EFFRA_DOMAIN_CODES, isArray: true })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(EFFRA_DOMAIN_CODES.length)
  @IsIn(EFFRA_DOMAIN_CODES, {
    each: true,
    message: `effraDomains must be among ${EFFRA_DOMAIN_CODES.join(', ')}`,
  })
  effraDomains?: EffraDomainCode[];
}

export class CreatePartnerDto extends PartnerFieldsDto {
  @ApiProperty({ example: 'Cluster Nova' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(160)
  name!: string;

  @ApiPropertyOptional({
    example: 'cluster-nova',
    description: 'Stable public name; made from the name when left out',
  })
  @OmittableNotNull()
  @Matches(SLUG_PATTERN, {
    message: 'slug must be lowercase letters, digits and single hyphens',
  })
  @MaxLength(80)
  slug?: string;

  @ApiProperty({ example: 'PT16', description: 'Region code' })
  @Transform(upper)
  @Matches(REGION_CODE_PATTERN, {
    message: 'region must be a region code such as FRK or CA-QC',
  })
  region!: string;

  @ApiProperty({ enum: PARTNER_KINDS })
  @IsIn(PARTNER_KINDS)
  kind!: PartnerKind;
}

export class UpdatePartnerDto extends PartnerFieldsDto {
  @ApiPropertyOptional({ description: 'A new name; the slug stays' })
  @OmittableNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(160)
  name?: string;

  @ApiPropertyOptional({ example: 'PT16' })
  @OmittableNotNull()
  @Transform(upper)
  @Matches(REGION_CODE_PATTERN, {
    message: 'region must be a region code such as FRK or CA-QC',
  })
  region?: string;

  @ApiPropertyOptional({ enum: PARTNER_KINDS })
  @OmittableNotNull()
  @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;
}

export class RetirePartnerDto {
  @ApiPropertyOptional({
    example: 'cep',
    description:
      'Active partner who takes over the open actions the retiring partner leads',
  })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'reassignTo must be a partner slug' })
  reassignTo?: string;
}

const CountryCode = () =>
  Matches(/^[A-Z]{2}$/, { message: 'country must be two letters such as PT' });

export class CreateRegionDto {
  @ApiProperty({
    example: 'PT11',
    description: 'NUTS 2021 code (ISO 3166-2 outside the EU)',
  })
  @Transform(upper)
  @Matches(REGION_CODE_PATTERN, {
    message: 'code must be a NUTS or ISO 3166-2 code such as PT11 or CA-QC',
  })
  @MaxLength(8)
  code!: string;

  @ApiProperty({ example: 'Norte' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ example: 'PT', description: 'ISO 3166-1 alpha-2' })
  @Transform(upper)
  @CountryCode()
  country!: string;

  @ApiProperty({ example: 'Portugal' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  countryName!: string;

  @ApiProperty({ enum: MEMBERSHIP_KINDS })
  @IsIn(MEMBERSHIP_KINDS)
  membership!: MembershipKind;
}

export class UpdateRegionDto {
  @ApiPropertyOptional()
  @OmittableNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ example: 'PT' })
  @OmittableNotNull()
  @Transform(upper)
  @CountryCode()
  country?: string;

  @ApiPropertyOptional({ example: 'Portugal' })
  @OmittableNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  countryName?: string;

  @ApiPropertyOptional({ enum: MEMBERSHIP_KINDS })
  @OmittableNotNull()
  @IsIn(MEMBERSHIP_KINDS)
  membership?: MembershipKind;
}

export class UpdateStreamDto {
  @ApiPropertyOptional({ example: 'Joint roadmap on Industry 4.0' })
  @OmittableNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  shortTitle?: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  title?: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @Transform(trimmed)
  @IsString()
  @MaxLength(5000)
  description?: string;
}

export const MAX_STALE_AFTER_DAYS = 365;

export class SettingsView {
  @ApiProperty({ example: '4 Motors 4 Industry of the Future' })
  partnershipName!: string;

  @ApiProperty({
    example: 30,
    description:
      'An open action is stale when its last status update is older than this many Brussels calendar days',
  })
  staleAfterDays!: number;
}

export class UpdateSettingsDto {
  @ApiPropertyOptional()
  @OmittableNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  partnershipName?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_STALE_AFTER_DAYS })
  @OmittableNotNull()
  @IsInt()
  @Min(1)
  @Max(MAX_STALE_AFTER_DAYS)
  staleAfterDays?: number;
}
