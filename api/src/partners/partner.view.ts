import { ApiProperty } from '@nestjs/swagger';
import {
  EFFRA_DOMAIN_CODES,
  type EffraDomainCode,
  PARTNER_KINDS,
  type PartnerKind,
  type PartnerView as PartnerContract,
} from '@ws/domain';
import { PageOf } from '../common/http/page.view';
import type { Partner } from './partner.entity';

export class PartnerView implements PartnerContract {
  @ApiProperty({
    example: 'microtec-sudwest',
    description: 'Stable public name: lowercase ASCII and hyphens',
  })
  slug!: string;
  @ApiProperty({ example: 'microTEC Südwest' })
  name!: string;
  @ApiProperty()
  fullName!: string;
  @ApiProperty({ example: 'DE1', description: 'Region code' })
  region!: string;
  @ApiProperty({ example: 'Baden-Württemberg' })
  regionName!: string;
  @ApiProperty({ enum: PARTNER_KINDS })
  kind!: PartnerKind;
  @ApiProperty({ description: 'The coordinating partner (Plastipolis)' })
  coordinator!: boolean;
  @ApiProperty()
  retired!: boolean;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Size of the network (Annex 1); null when not given',
  })
  networkSize!: number | null;
  @ApiProperty({ type: String, nullable: true })
  networkSizeNote!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Number of SMEs (Annex 1); null when not given',
  })
  smes!: number | null;
  @ApiProperty({ type: String, nullable: true })
  smesNote!: string | null;
  @ApiProperty({ description: 'Main thematic (Annex 1)' })
  thematic!: string;
  @ApiProperty({ enum: EFFRA_DOMAIN_CODES, isArray: true })
  effraDomains!: EffraDomainCode[];
}

export class PartnerPage extends PageOf(PartnerView) {}

export function toPartnerView(partner: Partner): PartnerView {
  return {
    slug: partner.slug,
    name: partner.name,
    fullName: partner.fullName,
    region: partner.region.code,
    regionName: partner.region.name,
    kind: partner.kind,
    coordinator: partner.coordinator,
    retired: partner.retiredAt !== null,
    networkSize: partner.networkSize,
    networkSizeNote: partner.networkSizeNote,
    smes: partner.smes,
    smesNote: partner.smesNote,
    thematic: partner.thematic,
    effraDomains: partner.effraDomains.map((d) => d.code).sort(),
  };
}
