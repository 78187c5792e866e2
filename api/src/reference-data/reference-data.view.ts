import { ApiProperty } from '@nestjs/swagger';
import {
  EFFRA_DOMAIN_CODES,
  type EffraDomainCode,
  type EffraDomainView as EffraDomainContract,
  FUNDING_ERAS,
  type FundingEra,
  type FundingInstrumentView as FundingInstrumentContract,
  type InitiativeView as InitiativeContract,
  MEMBERSHIP_KINDS,
  type MembershipKind,
  PHASE_KEYS,
  type PhaseKey,
  type PhaseView as PhaseContract,
  type RegionView as RegionContract,
  STREAM_NUMBERS,
  type StreamNumber,
  type StreamView as StreamContract,
} from '@ws/domain';
import { PageOf } from '../common/http/page.view';

export class RegionView implements RegionContract {
  @ApiProperty({
    example: 'DE1',
    description: 'NUTS 2021 code (ISO 3166-2 for Québec)',
  })
  code!: string;
  @ApiProperty({ example: 'Baden-Württemberg' })
  name!: string;
  @ApiProperty({ example: 'DE', description: 'ISO 3166-1 alpha-2' })
  country!: string;
  @ApiProperty({ example: 'Germany' })
  countryName!: string;
  @ApiProperty({ enum: MEMBERSHIP_KINDS })
  membership!: MembershipKind;
  @ApiProperty({
    type: [String],
    description: 'Slugs of the partners based in the region',
  })
  partners!: string[];
}

export class EffraDomainView implements EffraDomainContract {
  @ApiProperty({ enum: EFFRA_DOMAIN_CODES })
  code!: EffraDomainCode;
  @ApiProperty()
  title!: string;
  @ApiProperty()
  description!: string;
}

export class PhaseView implements PhaseContract {
  @ApiProperty({ enum: PHASE_KEYS })
  key!: PhaseKey;
  @ApiProperty({ description: 'Order of the phase, from 1' })
  position!: number;
  @ApiProperty()
  name!: string;
  @ApiProperty()
  description!: string;
  @ApiProperty({ description: 'Whether the partnership is in this phase now' })
  current!: boolean;
}

export class StreamView implements StreamContract {
  @ApiProperty({ enum: STREAM_NUMBERS })
  number!: StreamNumber;
  @ApiProperty({ example: 'S3' })
  code!: string;
  @ApiProperty()
  shortTitle!: string;
  @ApiProperty()
  title!: string;
  @ApiProperty()
  description!: string;
}

export class InitiativeView implements InitiativeContract {
  @ApiProperty()
  slug!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ description: 'Region code' })
  region!: string;
  @ApiProperty()
  regionName!: string;
  @ApiProperty({ enum: STREAM_NUMBERS })
  stream!: StreamNumber;
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
}

export class FundingInstrumentView implements FundingInstrumentContract {
  @ApiProperty()
  slug!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({
    enum: FUNDING_ERAS,
    description: 'toolbox: named in the concept note; current: 2021-2027',
  })
  era!: FundingEra;
  @ApiProperty()
  description!: string;
  @ApiProperty({
    type: [String],
    description: 'Slugs of the instruments that replaced this one',
  })
  successors!: string[];
}

export class RegionPage extends PageOf(RegionView) {}
export class EffraDomainPage extends PageOf(EffraDomainView) {}
export class PhasePage extends PageOf(PhaseView) {}
export class StreamPage extends PageOf(StreamView) {}
export class InitiativePage extends PageOf(InitiativeView) {}
export class FundingInstrumentPage extends PageOf(FundingInstrumentView) {}
