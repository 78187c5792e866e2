import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Page } from '@ws/domain';
import { invalidRequest } from '../common/http/validation';
import {
  type PageQueryDto,
  pageRequest,
  toPage,
} from '../common/http/pagination';
import { Partner } from '../partners/partner.entity';
import { PARTNERSHIP_ID, Partnership } from '../partnership/partnership.entity';
import { EffraDomain } from './effra-domain.entity';
import { FundingInstrument } from './funding-instrument.entity';
import { Initiative } from './initiative.entity';
import { Phase } from './phase.entity';
import { Region } from './region.entity';
import type { InitiativesQueryDto } from './reference-data.dto';
import type {
  EffraDomainView,
  FundingInstrumentView,
  InitiativeView,
  PhaseView,
  RegionView,
  StreamView,
} from './reference-data.view';
import { Stream } from './stream.entity';

// Reference lists are short; one page of 100 holds them all unless a client asks for less.
export const REFERENCE_PAGE_SIZE = 100;

@Injectable()
export class ReferenceDataService {
  constructor(
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
    @InjectRepository(EffraDomain)
    private readonly effraDomains: Repository<EffraDomain>,
    @InjectRepository(Phase) private readonly phases: Repository<Phase>,
    @InjectRepository(Stream) private readonly streams: Repository<Stream>,
    @InjectRepository(Initiative)
    private readonly initiatives: Repository<Initiative>,
    @InjectRepository(FundingInstrument)
    private readonly instruments: Repository<FundingInstrument>,
    @InjectRepository(Partnership)
    private readonly partnership: Repository<Partnership>,
  ) {}

  async listRegions(query: PageQueryDto): Promise<Page<RegionView>> {
    const request = pageRequest(query, REFERENCE_PAGE_SIZE);
    const [regions, total] = await this.regions.findAndCount({
      order: { id: 'ASC' },
      skip: request.skip,
      take: request.take,
    });
    const partners = await this.partners.find({
      relations: { region: true },
      order: { id: 'ASC' },
    });
    const items = regions.map((region) => ({
      code: region.code,
      name: region.name,
      country: region.country,
      countryName: region.countryName,
      membership: region.membership,
      partners: partners
        .filter((p) => p.region.id === region.id)
        .map((p) => p.slug),
    }));
    return toPage(items, total, request);
  }

  async listEffraDomains(query: PageQueryDto): Promise<Page<EffraDomainView>> {
    const request = pageRequest(query, REFERENCE_PAGE_SIZE);
    const [domains, total] = await this.effraDomains.findAndCount({
      order: { code: 'ASC' },
      skip: request.skip,
      take: request.take,
    });
    return toPage(
      domains.map(({ code, title, description }) => ({
        code,
        title,
        description,
      })),
      total,
      request,
    );
  }

  async listPhases(query: PageQueryDto): Promise<Page<PhaseView>> {
    const request = pageRequest(query, REFERENCE_PAGE_SIZE);
    const [[phases, total], partnership] = await Promise.all([
      this.phases.findAndCount({
        order: { position: 'ASC' },
        skip: request.skip,
        take: request.take,
      }),
      this.partnership.findOneBy({ id: PARTNERSHIP_ID }),
    ]);
    const items = phases.map(({ key, position, name, description }) => ({
      key,
      position,
      name,
      description,
      current: key === partnership?.phase,
    }));
    return toPage(items, total, request);
  }

  async listStreams(query: PageQueryDto): Promise<Page<StreamView>> {
    const request = pageRequest(query, REFERENCE_PAGE_SIZE);
    const [streams, total] = await this.streams.findAndCount({
      order: { number: 'ASC' },
      skip: request.skip,
      take: request.take,
    });
    const items = streams.map(
      ({ number, code, shortTitle, title, description }) => ({
        number,
        code,
        shortTitle,
        title,
        description,
      }),
    );
    return toPage(items, total, request);
  }

  async listInitiatives(
    query: InitiativesQueryDto,
  ): Promise<Page<InitiativeView>> {
    const request = pageRequest(query, REFERENCE_PAGE_SIZE);
    if (
      query.region &&
      !(await this.regions.existsBy({ code: query.region }))
    ) {
      throw invalidRequest([
        {
          field: 'region',
          problems: [`region ${query.region} is not a known region code`],
        },
      ]);
    }
    const [initiatives, total] = await this.initiatives.findAndCount({
      relations: { region: true, stream: true },
      where: {
        ...(query.region ? { region: { code: query.region } } : {}),
        ...(query.stream ? { stream: { number: query.stream } } : {}),
      },
      order: { id: 'ASC' },
      skip: request.skip,
      take: request.take,
    });
    const items = initiatives.map((i) => ({
      slug: i.slug,
      name: i.name,
      region: i.region.code,
      regionName: i.region.name,
      stream: i.stream.number,
      description: i.description,
    }));
    return toPage(items, total, request);
  }

  async listFundingInstruments(
    query: PageQueryDto,
  ): Promise<Page<FundingInstrumentView>> {
    const request = pageRequest(query, REFERENCE_PAGE_SIZE);
    const [instruments, total] = await this.instruments.findAndCount({
      relations: { successors: true },
      order: { id: 'ASC' },
      skip: request.skip,
      take: request.take,
    });
    const items = instruments.map((f) => ({
      slug: f.slug,
      name: f.name,
      era: f.era,
      description: f.description,
      successors: f.successors.map((s) => s.slug).sort(),
    }));
    return toPage(items, total, request);
  }
}
