import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Page } from '@ws/domain';
import { notFound } from '../common/http/not-found';
import { pageRequest, toPage } from '../common/http/pagination';
import { invalidRequest } from '../common/http/validation';
import { Region } from '../reference-data/region.entity';
import { Partner } from './partner.entity';
import { type PartnerView, toPartnerView } from './partner.view';
import type { PartnersQueryDto } from './partners.dto';

export const PARTNERS_PAGE_SIZE = 100;

@Injectable()
export class PartnersService {
  constructor(
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
  ) {}

  async list(query: PartnersQueryDto): Promise<Page<PartnerView>> {
    const request = pageRequest(query, PARTNERS_PAGE_SIZE);
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
    const [partners, total] = await this.partners.findAndCount({
      relations: { region: true, effraDomains: true },
      where: {
        ...(query.region ? { region: { code: query.region } } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
      },
      order: { id: 'ASC' },
      skip: request.skip,
      take: request.take,
    });
    return toPage(partners.map(toPartnerView), total, request);
  }

  async get(slug: string): Promise<PartnerView> {
    const partner = await this.partners.findOne({
      where: { slug },
      relations: { region: true, effraDomains: true },
    });
    if (!partner) throw notFound('Partner', slug);
    return toPartnerView(partner);
  }
}
