import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/policy.decorator';
import { PageQueryDto } from '../common/http/pagination';
import { InitiativesQueryDto } from './reference-data.dto';
import { ReferenceDataService } from './reference-data.service';
import {
  EffraDomainPage,
  FundingInstrumentPage,
  InitiativePage,
  PhasePage,
  RegionPage,
  StreamPage,
} from './reference-data.view';

@ApiTags('reference data')
@ApiBearerAuth()
@RequirePermission('read')
@Controller()
export class ReferenceDataController {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Get('regions')
  @ApiOkResponse({
    type: RegionPage,
    description: 'The regions of the partnership with their partners',
  })
  listRegions(@Query() query: PageQueryDto) {
    return this.referenceData.listRegions(query);
  }

  @Get('effra-domains')
  @ApiOkResponse({
    type: EffraDomainPage,
    description: "EFFRA's strategic domains D1-D6",
  })
  listEffraDomains(@Query() query: PageQueryDto) {
    return this.referenceData.listEffraDomains(query);
  }

  @Get('phases')
  @ApiOkResponse({
    type: PhasePage,
    description:
      'The three ordered phases; `current` marks where the partnership is',
  })
  listPhases(@Query() query: PageQueryDto) {
    return this.referenceData.listPhases(query);
  }

  @Get('streams')
  @ApiOkResponse({ type: StreamPage, description: 'The five activity streams' })
  listStreams(@Query() query: PageQueryDto) {
    return this.referenceData.listStreams(query);
  }

  @Get('initiatives')
  @ApiOkResponse({
    type: InitiativePage,
    description:
      'Regional Industry 4.0 alliances (stream 1) and S3 bodies (stream 2)',
  })
  listInitiatives(@Query() query: InitiativesQueryDto) {
    return this.referenceData.listInitiatives(query);
  }

  @Get('funding-instruments')
  @ApiOkResponse({
    type: FundingInstrumentPage,
    description:
      'Toolbox instruments of the concept note and their current successors',
  })
  listFundingInstruments(@Query() query: PageQueryDto) {
    return this.referenceData.listFundingInstruments(query);
  }
}
